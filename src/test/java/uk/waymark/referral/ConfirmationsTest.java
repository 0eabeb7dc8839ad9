package uk.waymark.referral;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;
import uk.waymark.content.Provider;
import uk.waymark.questions.ContactMethod;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the confirmation says happens next, below HTTP: the provider's own promise only where it makes one, and how. */
class ConfirmationsTest {

    private static final PackLoader PACKS = new PackLoader(Path.of("content"));
    /** Bolsover promises contact within 48 hours, to tenants only. */
    private static final Provider BOLSOVER = PACKS.load("bolsover").provider();
    /** Ashfield makes no promise of a time. */
    private static final Provider ASHFIELD = PACKS.load("ashfield").provider();
    private static final String SAFE_FIRST = " Before anyone contacts you, the team will see what you told us about how and when it is safe.";

    private static String next(Provider provider, ContactMethod method, boolean tenant) {
        return Confirmations.nextStep(provider, new Confirmations.Sent("K7QF-3M9X", method, tenant));
    }

    @Test
    void aTenantIsPromisedWhatThePolicyPromisesTenants() {
        assertEquals("We will contact you within 48 hours by a Relay UK call." + SAFE_FIRST, next(BOLSOVER, ContactMethod.RELAY_UK, true));
        assertEquals("We will contact you by a Relay UK call." + SAFE_FIRST, next(BOLSOVER, ContactMethod.RELAY_UK, false));
        assertEquals("We will contact you by text message." + SAFE_FIRST, next(ASHFIELD, ContactMethod.TEXT, true));
    }

    @ParameterizedTest
    @EnumSource(value = ContactMethod.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyMethodIsSaidInItsOwnWords(ContactMethod method) {
        String said = next(ASHFIELD, method, false);
        assertTrue(!method.confirmation().isBlank() && said.equals("We will contact you by " + method.confirmation() + "." + SAFE_FIRST), said);
    }

    @Test
    void anAnonymousConcernIsToldNoOneWillBeInTouch() {
        assertEquals("We will look at what you have told us. You asked us not to contact you, so we will not be in touch.",
                next(BOLSOVER, ContactMethod.NONE, false));
    }
}
