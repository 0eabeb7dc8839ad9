package uk.waymark.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A response's Date headers: one, in RFC 9110's IMF-fixdate (a two-digit day), and now. */
public final class HttpDates {

    private HttpDates() {
    }

    public static void assertDated(List<String> dates, String where) {
        assertEquals(1, dates.size(), where + ": " + dates);
        assertTrue(dates.get(0).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                where + ": Date: " + dates.get(0));
        Instant sent = ZonedDateTime.parse(dates.get(0), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(Math.abs(Duration.between(sent, Instant.now()).toSeconds()) <= 5, where + ": Date: " + dates.get(0));
    }
}
