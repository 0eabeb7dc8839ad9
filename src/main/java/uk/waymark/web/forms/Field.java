package uk.waymark.web.forms;

/**
 * A text question, as the {@code components/field} partial renders it: a GOV.UK text input or
 * textarea with its label, hint and error message. Values are always rendered escaped.
 *
 * @param type      "text", "tel" or "email" for an input; "textarea" for a textarea
 * @param width     a GOV.UK width class for inputs ("govuk-input--width-20"), or null
 */
public record Field(String name, String label, String hint, String type, String width, String value, String error) {

    public static Field input(String name, String label, String hint, String type, String width, String value, String error) {
        return new Field(name, label, hint, type, width, value, error);
    }

    public static Field textarea(String name, String label, String hint, String value, String error) {
        return new Field(name, label, hint, "textarea", null, value, error);
    }

    public boolean multiline() {
        return type.equals("textarea");
    }

    /** The ids of the hint and the error, for aria-describedby; null when there are neither. */
    public String describedBy() {
        String ids = (hint != null ? name + "-hint" : "") + (error != null ? " " + name + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
