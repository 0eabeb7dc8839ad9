package uk.waymark.questions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One answer of a {@link ChoiceQuestion}.
 *
 * @param hint    shown under the label, or null
 * @param reveals the questions shown when it is chosen (GOV.UK conditional reveal)
 * @param method  for a question kept as contact details: how contact is made when this is chosen
 * @param fixed   for a question kept as contact details: what else is kept with the method (an office's name)
 */
public record Option(String value, String label, String hint, List<TextQuestion> reveals,
                     Function<Answers, ContactMethod> method, Map<String, String> fixed) {

    public Option {
        reveals = List.copyOf(reveals);
        fixed = Map.copyOf(fixed);
    }

    public static Option of(String value, String label) {
        return new Option(value, label, null, List.of(), null, Map.of());
    }

    public Option withHint(String hint) {
        return new Option(value, label, hint, reveals, method, fixed);
    }

    public Option revealing(TextQuestion... questions) {
        return new Option(value, label, hint, List.of(questions), method, fixed);
    }

    /** Chosen, this option means contact by {@code method}. */
    public Option meaning(ContactMethod method) {
        return meaning(answers -> method);
    }

    /** Chosen, this option means contact by whichever method the answers give. */
    public Option meaning(Function<Answers, ContactMethod> method) {
        return new Option(value, label, hint, reveals, method, fixed);
    }

    /** Chosen, the contact details also keep this. */
    public Option keeping(String key, String value) {
        return new Option(this.value, label, hint, reveals, method, Map.of(key, value));
    }
}
