package uk.waymark.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** In tests that set {@code waymark.test.clock} (an instant), the portal's clock stands still there. */
@Factory
@Requires(property = FixedClockFactory.PROPERTY)
public class FixedClockFactory {

    public static final String PROPERTY = "waymark.test.clock";

    @Singleton
    @Replaces(Clock.class)
    Clock fixedClock(@Property(name = PROPERTY) String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
