package uk.waymark.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header's value, RFC 9110's IMF-fixdate ({@code Tue, 01 Dec 2026 20:45:07 GMT}),
 * formatted once a second rather than for every response. {@link SafetyHeaders} dates every
 * response with it; Micronaut's own Date, formatted anew for each, is turned off.
 */
final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private HttpDate() {
    }

    static String now() {
        return at(System.currentTimeMillis());
    }

    /** The second {@link #now} dates, counted from the epoch. */
    static long second() {
        return Math.floorDiv(System.currentTimeMillis(), 1000);
    }

    static String at(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Stamp stamp = last;
        if (stamp.second() != second) {
            stamp = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = stamp;
        }
        return stamp.text();
    }
}
