package uk.waymark.questions;

import java.util.List;
import java.util.Objects;

/**
 * A question answered by choosing: GOV.UK radios (one answer) or checkboxes (any number).
 *
 * @param multiple  checkboxes when true, radios when false
 * @param required  when it must be answered; {@code missing} is the message when it is not
 * @param contact   whether the case keeps the answer as contact details: under {@code key}, the
 *                  method the chosen option means, what it keeps, and the answers it revealed
 *                  (only the chosen option's). Otherwise revealed questions are kept as any other.
 */
public record ChoiceQuestion(String name, String legend, String hint, boolean multiple, List<Option> options,
                             Condition required, String missing, Part part, String key, boolean contact) implements Question {

    public ChoiceQuestion {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        if (key == null) {
            key = name;
        }
    }

    /** One answer from these options; optional until {@link #required}. */
    public static ChoiceQuestion radios(String name, String legend, List<Option> options) {
        return new ChoiceQuestion(name, legend, null, false, options, Condition.NEVER, null, Part.OTHER, name, false);
    }

    /** Any number of these options; optional until {@link #requiredWhen}. */
    public static ChoiceQuestion checkboxes(String name, String legend, List<Option> options) {
        return new ChoiceQuestion(name, legend, null, true, options, Condition.NEVER, null, Part.OTHER, name, false);
    }

    public ChoiceQuestion withHint(String hint) {
        return new ChoiceQuestion(name, legend, hint, multiple, options, required, missing, part, key, contact);
    }

    public ChoiceQuestion required(String message) {
        return requiredWhen(Condition.ALWAYS, message);
    }

    public ChoiceQuestion requiredWhen(Condition condition, String message) {
        return new ChoiceQuestion(name, legend, hint, multiple, options, condition, message, part, key, contact);
    }

    public ChoiceQuestion in(Part part) {
        return new ChoiceQuestion(name, legend, hint, multiple, options, required, missing, part, key, contact);
    }

    /** The case keeps this answer as the contact details, under {@code key}, as a safe-contact instruction. */
    public ChoiceQuestion keptAsContact(String key) {
        return new ChoiceQuestion(name, legend, hint, multiple, options, required, missing, Part.SAFE_CONTACT, key, true);
    }

    /** The values a person may send. */
    public List<String> values() {
        return options.stream().map(Option::value).toList();
    }

    /** The option with this value, or null. */
    public Option option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst().orElse(null);
    }

    /** The problem with this answer, or null. */
    String problem(Answers answers) {
        boolean answered = multiple ? !answers.choices(name).isEmpty() : answers.choice(name) != null;
        return !answered && required.holds(answers) ? missing : null;
    }
}
