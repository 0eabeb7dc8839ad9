package uk.waymark.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, in the order the questions appear: the error summary
 * lists them ("There is a problem"), each linking to its field, and each question shows its own
 * message. Messages follow the GOV.UK style: "Select…", "Enter…", never "invalid".
 */
public final class FormErrors {

    /** One line of the error summary. */
    public record Summary(String href, String text) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** The field's message; the first one given for a field stands. A null message adds nothing. */
    public FormErrors add(String field, String message) {
        if (message != null) {
            byField.putIfAbsent(field, message);
        }
        return this;
    }

    /** Every message of {@code other} after these, in its order. */
    public FormErrors addAll(FormErrors other) {
        other.byField.forEach(this::add);
        return this;
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The error summary's links, in question order. */
    public List<Summary> summary() {
        List<Summary> lines = new ArrayList<>();
        byField.forEach((field, message) -> lines.add(new Summary("#" + field, message)));
        return List.copyOf(lines);
    }
}
