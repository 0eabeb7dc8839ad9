package uk.waymark.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code intake_case}, as stored: the personal data still encrypted. */
@MappedEntity("intake_case")
record IntakeCaseRow(
        @Id @GeneratedValue Long id,
        String reference,
        CaseKind kind,
        Verification verification,
        CaseStatus status,
        Instant createdAt,
        @Nullable String keyId,
        @Nullable byte[] personalData) {
}
