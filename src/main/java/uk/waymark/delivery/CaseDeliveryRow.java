package uk.waymark.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code case_delivery}: how delivery of one case is going. Nothing personal. */
@MappedEntity("case_delivery")
record CaseDeliveryRow(
        @Id Long caseId,
        String messageId,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String leaseOwner,
        @Nullable Instant leaseUntil,
        @Nullable String lastFailure,
        Instant createdAt,
        @Nullable Instant deliveredAt) {
}
