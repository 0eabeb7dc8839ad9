package uk.waymark.delivery;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A case this instance holds the lease on, until {@code leaseUntil}, with what sending it needs. */
@Introspected
public record Claimed(long caseId, String messageId, int attempts, String reference, Instant createdAt, Instant leaseUntil) {
}
