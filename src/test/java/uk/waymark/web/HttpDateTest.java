package uk.waymark.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** RFC 9110, 5.6.7: IMF-fixdate, a two-digit day, always GMT. */
class HttpDateTest {

    @Test
    void theDayHasTwoDigitsAndTheTimeIsGmt() {
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDate.at(0));
        assertEquals("Tue, 01 Dec 2026 09:05:07 GMT", HttpDate.at(Instant.parse("2026-12-01T09:05:07.999Z").toEpochMilli()));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.at(Instant.parse("1994-11-06T08:49:37Z").toEpochMilli()),
                "RFC 9110's own example");
    }

    @Test
    void oneSecondIsFormattedOnce() {
        long second = Instant.parse("2026-12-01T20:45:07Z").toEpochMilli();
        String first = HttpDate.at(second);
        assertSame(first, HttpDate.at(second + 999), "the same second, the same text");
        assertEquals("Tue, 01 Dec 2026 20:45:08 GMT", HttpDate.at(second + 1000));
    }
}
