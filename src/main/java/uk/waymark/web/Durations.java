package uk.waymark.web;

import java.time.Duration;

/** A configured duration as a page says it: "10 minutes", "1 hour", "4 hours". */
public final class Durations {

    private Durations() {
    }

    /**
     * In the largest unit that says it exactly: whole hours, else whole minutes, else whole
     * seconds ("90 minutes", not "1.5 hours").
     *
     * @throws IllegalArgumentException for a duration that is not a positive number of seconds
     */
    public static String inWords(Duration duration) {
        if (duration.isNegative() || duration.isZero() || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("A duration shown to people must be a positive number of seconds: " + duration);
        }
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0) {
            return count(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return count(seconds / 60, "minute");
        }
        return count(seconds, "second");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
