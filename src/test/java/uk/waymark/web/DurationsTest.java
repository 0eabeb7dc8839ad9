package uk.waymark.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {

    @Test
    void theDefaultsReadAsThePagesHaveAlwaysSaidThem() {
        assertEquals("10 minutes", Durations.inWords(Duration.ofMinutes(10)));
        assertEquals("30 minutes", Durations.inWords(Duration.ofMinutes(30)));
        assertEquals("4 hours", Durations.inWords(Duration.ofHours(4)));
    }

    @Test
    void oneIsSingularAndTheLargestExactUnitIsUsed() {
        assertEquals("1 hour", Durations.inWords(Duration.ofMinutes(60)));
        assertEquals("1 minute", Durations.inWords(Duration.ofSeconds(60)));
        assertEquals("1 second", Durations.inWords(Duration.ofSeconds(1)));
        assertEquals("90 minutes", Durations.inWords(Duration.ofMinutes(90)));
        assertEquals("48 hours", Durations.inWords(Duration.ofDays(2)));
        assertEquals("45 seconds", Durations.inWords(Duration.ofSeconds(45)));
        assertEquals("61 seconds", Durations.inWords(Duration.ofSeconds(61)));
    }

    @Test
    void aDurationThatCannotBeSaidInWholeSecondsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Durations.inWords(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Durations.inWords(Duration.ofMinutes(-10)));
        assertThrows(IllegalArgumentException.class, () -> Durations.inWords(Duration.ofMillis(1500)));
    }
}
