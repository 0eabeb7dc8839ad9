package uk.waymark.intake;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The reference a person can quote and staff can read over the phone: 8 random characters in two
 * groups of 4, such as {@code K7QF-3M9X}. It is never a database id, so it reveals nothing about
 * how many cases there are or when one was made.
 *
 * @param value the reference as shown, with its hyphen
 */
public record CaseReference(String value) {

    /**
     * Crockford's base 32: digits and capitals without I, L, O and U, which are easily misread
     * as 1, 1, 0 and V (or spell words).
     */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    static final String FORMAT = "[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}";
    private static final Pattern WELL_FORMED = Pattern.compile(FORMAT);

    public CaseReference {
        Objects.requireNonNull(value, "value");
    }

    /** A new random reference: 40 bits from the given generator, a SecureRandom in the portal. */
    static CaseReference random(RandomGenerator random) {
        var text = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CaseReference(text.toString());
    }

    /** Whether the value has the shape of a reference this portal gives out. */
    boolean wellFormed() {
        return WELL_FORMED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
