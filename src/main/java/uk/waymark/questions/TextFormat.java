package uk.waymark.questions;

import uk.waymark.content.PhoneNumbers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a text answer must look like, if anything, and how it is kept. Each format carries the
 * examples the form shows a person; a test checks that every one of them is accepted.
 */
public enum TextFormat {

    /** Any text. */
    ANY(List.of()),
    /** A UK phone number, kept as national digits ("01632960001"). */
    UK_PHONE(List.of("01632 960 001", "07700 900 982")),
    /** A UK mobile number (07…), kept as national digits. */
    UK_MOBILE(List.of("07700 900 982")),
    /** An email address: something, an @, a domain with a dot. */
    EMAIL(List.of("name@example.com"));

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s.]{2,63}");

    private final List<String> examples;

    TextFormat(List<String> examples) {
        this.examples = examples;
    }

    /** Examples of a good answer, as a person would write them. */
    public List<String> examples() {
        return examples;
    }

    /** Whether a (cleaned, non-empty) answer has this format. */
    public boolean accepts(String answer) {
        return keep(answer).isPresent();
    }

    /**
     * The answer as a case keeps it (phone numbers as national digits, anything else as given)
     * if it has this format; empty if it has not.
     */
    public Optional<String> keep(String answer) {
        return switch (this) {
            case ANY -> Optional.of(answer);
            case UK_PHONE -> PhoneNumbers.fromPerson(answer);
            case UK_MOBILE -> PhoneNumbers.fromPerson(answer).filter(digits -> digits.startsWith("07"));
            case EMAIL -> ADDRESS.matcher(answer).matches() ? Optional.of(answer) : Optional.empty();
        };
    }
}
