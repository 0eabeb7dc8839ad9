package uk.waymark.content;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK phone numbers: checked with libphonenumber's UK numbering plan, plus the short numbers a
 * domestic abuse service must print (999, 112, 116 xxx helplines, and Relay UK's 18000/18001).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern SHORT = Pattern.compile("999|112|101|111|116\\d{3}|18000|18001");
    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 ()-]{3,24}");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9+]");
    private static final Pattern SPACING = Pattern.compile("[\\s()-]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{6,15}");

    private PhoneNumbers() {
    }

    /** The number if it is a real UK number, written with digits, spaces, brackets or dashes. */
    public static Optional<Phone> parse(String written, String label) {
        if (written == null || !WRITTEN.matcher(written.strip()).matches()) {
            return Optional.empty();
        }
        String digits = NOT_DIGITS.matcher(written).replaceAll("");
        if (SHORT.matcher(digits).matches()) {
            return Optional.of(new Phone(written.strip(), digits, label));
        }
        return nationalDigits(digits).map(national -> new Phone(written.strip(), national, label));
    }

    /**
     * Ofcom's ranges reserved for drama and examples, which libphonenumber does not take as
     * valid: 01632 960xxx, 0115 496 0xxx and 07700 900xxx. The forms' own examples use them.
     */
    private static final Pattern FICTION = Pattern.compile("01632960\\d{3}|01154960\\d{3}|07700900\\d{3}");
    /** What people put between digits: any kind of space, dots, hyphens and dashes, brackets. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Zs}\\s.()\\p{Pd}]");

    /**
     * A number a person typed into a form, in its national form (0 and ten or nine digits): any
     * valid UK number, however it is spaced or punctuated, with or without +44, 0044 or
     * "+44 (0)"; and the ranges Ofcom keeps for examples, so that the form's own examples pass.
     * Pack numbers are checked more strictly, by {@link #parse}.
     */
    public static Optional<String> fromPerson(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String cleaned = SEPARATORS.matcher(written.strip().replace("(0)", "")).replaceAll("");
        if (cleaned.startsWith("0044")) {
            cleaned = "+44" + cleaned.substring(4);
        }
        Optional<String> valid = nationalDigits(cleaned);
        if (valid.isPresent()) {
            return valid;
        }
        String national = cleaned.startsWith("+44") ? "0" + cleaned.substring(3) : cleaned;
        return FICTION.matcher(national).matches() ? Optional.of(national) : Optional.empty();
    }

    /**
     * The national form (0 and ten or nine digits) of a valid UK number written with or without
     * +44, as a form would accept it from a person.
     */
    public static Optional<String> nationalDigits(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String cleaned = SPACING.matcher(written).replaceAll("");
        if (!DIGITS.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(cleaned, "GB");
            if (number.getCountryCode() != 44 || !UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL).replace(" ", ""));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
