package uk.waymark.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox, as metrics: how many cases wait, how old the oldest is, how many are dead-lettered.
 * Counts and ages only: no reference, no content.
 */
@Context
final class OutboxMetrics {

    OutboxMetrics(MeterRegistry meters, Outbox outbox, Clock clock) {
        Gauge.builder("waymark.outbox.waiting", outbox, Outbox::waiting).description("Cases not yet delivered").register(meters);
        Gauge.builder("waymark.outbox.oldest.age", outbox, o -> {
            Instant oldest = o.oldestWaiting();
            return oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis() / 1000.0;
        }).baseUnit("seconds").description("Age of the oldest case not yet delivered").register(meters);
        Gauge.builder("waymark.outbox.dead", outbox, Outbox::dead).description("Cases in the dead-letter state").register(meters);
    }
}
