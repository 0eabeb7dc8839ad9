package uk.waymark.delivery;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A case this instance holds the lease on, with what sending it needs. */
@Introspected
record Claimed(long caseId, String messageId, int attempts, String reference, Instant createdAt) {
}
