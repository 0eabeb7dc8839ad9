package uk.waymark.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** In tests that set {@code waymark.test.settable-clock} (an instant), the portal's clock is this one, moved by the test. */
@Singleton
@Replaces(Clock.class)
@Requires(property = SettableClock.PROPERTY)
public class SettableClock extends Clock {

    public static final String PROPERTY = "waymark.test.settable-clock";

    private volatile Instant now;

    SettableClock(@io.micronaut.context.annotation.Property(name = PROPERTY) String instant) {
        this.now = Instant.parse(instant);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
