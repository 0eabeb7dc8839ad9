package uk.waymark.questions;

import java.util.Objects;

/**
 * A question answered in words: a GOV.UK text input or textarea. Built with {@link #text} or
 * {@link #textarea} and the {@code with…} steps, which each return a new question.
 *
 * @param input       what the page shows: a text, tel or email input, or a textarea
 * @param width       the GOV.UK input width (20 for {@code govuk-input--width-20}), or 0 for full width
 * @param max         the most characters kept; more is an error, never cut silently
 * @param format      what the answer must look like, and how it is kept
 * @param required    when it must be answered
 * @param missing     the message when it must be answered and is not
 * @param tooLongWhat the subject of "… must be N characters or fewer", or null to say {@code wrongFormat} instead
 * @param wrongFormat the message when the answer does not have its format, or null for {@link TextFormat#ANY}
 */
public record TextQuestion(String name, String label, String hint, Input input, int width, int max, TextFormat format,
                           Condition required, String missing, String tooLongWhat, String wrongFormat, Part part,
                           String key) implements Question {

    /** The kinds of text box. */
    public enum Input {
        TEXT("text"), TEL("tel"), EMAIL("email"), TEXTAREA("textarea");

        private final String type;

        Input(String type) {
            this.type = type;
        }

        /** The input's type attribute, or "textarea". */
        public String type() {
            return type;
        }
    }

    public TextQuestion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (key == null) {
            key = name;
        }
    }

    /** An optional one-line text answer of at most 100 characters. */
    public static TextQuestion text(String name, String label) {
        return new TextQuestion(name, label, null, Input.TEXT, 0, 100, TextFormat.ANY, Condition.NEVER, null, null, null,
                Part.OTHER, name);
    }

    /** An optional answer of several lines, at most 1,000 characters. */
    public static TextQuestion textarea(String name, String label) {
        return text(name, label).withInput(Input.TEXTAREA).withMax(1000);
    }

    public TextQuestion withHint(String hint) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, wrongFormat, part, key);
    }

    public TextQuestion withInput(Input input) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, wrongFormat, part, key);
    }

    public TextQuestion withWidth(int width) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, wrongFormat, part, key);
    }

    public TextQuestion withMax(int max) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, wrongFormat, part, key);
    }

    /** Answers must have this format; {@code message} says so, and is also what a too-long answer is told. */
    public TextQuestion withFormat(TextFormat format, String message) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, message, part, key);
    }

    /** It must be answered, with this message when it is not. */
    public TextQuestion required(String message) {
        return requiredWhen(Condition.ALWAYS, message);
    }

    /** It must be answered when the condition holds, with this message when it is not. */
    public TextQuestion requiredWhen(Condition condition, String message) {
        return new TextQuestion(name, label, hint, input, width, max, format, condition, message, tooLongWhat, wrongFormat, part, key);
    }

    /** A too-long answer is told "{@code what} must be N characters or fewer". */
    public TextQuestion tooLong(String what) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, what, wrongFormat, part, key);
    }

    public TextQuestion in(Part part) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, wrongFormat, part, key);
    }

    /** The case keeps the answer under this key, not the field's name. */
    public TextQuestion keptAs(String key) {
        return new TextQuestion(name, label, hint, input, width, max, format, required, missing, tooLongWhat, wrongFormat, part, key);
    }

    /** What a too-long answer is told. */
    public String tooLongMessage() {
        return tooLongWhat == null ? wrongFormat : tooLongWhat + " must be " + String.format("%,d", max) + " characters or fewer";
    }

    /** The problem with this answer, or null: too long, then missing when required, then the wrong format. */
    String problem(Answers answers) {
        String answer = answers.text(name);
        if (answers.tooLong(this)) {
            return tooLongMessage();
        }
        if (answer.isEmpty()) {
            return required.holds(answers) ? missing : null;
        }
        return answers.kept(this).isPresent() ? null : wrongFormat;
    }
}
