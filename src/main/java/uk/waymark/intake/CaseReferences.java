package uk.waymark.intake;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/** Where new case references come from. A bean of its own so that a test can make two collide. */
@Singleton
class CaseReferences {

    private final SecureRandom random = new SecureRandom();

    CaseReference next() {
        return CaseReference.random(random);
    }
}
