package uk.waymark.web.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A question answered with radio buttons or checkboxes, as the {@code components/choice}
 * partial renders it (GOV.UK radios and checkboxes pattern).
 *
 * @param name     the form field name; the first option's id is the name itself, so the error
 *                 summary can link straight to it
 * @param legend   the question
 * @param hint     help under the question, or null
 * @param type     "radios" or "checkboxes"
 * @param options  the answers, with the ones given ticked
 * @param error    the message beside the question, or null
 */
public record Choice(String name, String legend, String hint, String type, List<Option> options, String error) {

    /**
     * One answer. {@code id} is unique on the page; {@code hint} may be null; {@code reveal} are
     * the questions shown when it is chosen (all of them are shown without JavaScript).
     */
    public record Option(String id, String value, String label, String hint, boolean checked, List<Field> reveal) {

        public Option(String id, String value, String label, String hint, boolean checked) {
            this(id, value, label, hint, checked, List.of());
        }

        public Option revealing(List<Field> fields) {
            return new Option(id, value, label, hint, checked, List.copyOf(fields));
        }
    }

    /** The same question with the given option revealing extra questions when chosen. */
    public Choice revealing(String value, List<Field> fields) {
        return new Choice(name, legend, hint, type,
                options.stream().map(o -> o.value().equals(value) ? o.revealing(fields) : o).toList(), error);
    }

    /** The ids of the hint and the error, for aria-describedby; null when there are neither. */
    public String describedBy() {
        String ids = (hint != null ? name + "-hint" : "") + (error != null ? " " + name + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** Radio buttons for one answer from a fixed list of value and label pairs. */
    public static Choice radios(String name, String legend, String hint, List<String[]> valuesAndLabels, String given, String error) {
        return new Choice(name, legend, hint, "radios", options(name, valuesAndLabels, List.of(given == null ? "" : given)), error);
    }

    /** Checkboxes for any number of answers from a fixed list of value and label pairs. */
    public static Choice checkboxes(String name, String legend, String hint, List<String[]> valuesAndLabels, List<String> given,
                                    String error) {
        return new Choice(name, legend, hint, "checkboxes", options(name, valuesAndLabels, given), error);
    }

    private static List<Option> options(String name, List<String[]> valuesAndLabels, List<String> given) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.size(); i++) {
            String[] pair = valuesAndLabels.get(i);
            options.add(new Option(i == 0 ? name : name + "-" + (i + 1), pair[0], pair[1], pair.length > 2 ? pair[2] : null,
                    given.contains(pair[0])));
        }
        return List.copyOf(options);
    }

    public boolean radiosType() {
        return type.equals("radios");
    }
}
