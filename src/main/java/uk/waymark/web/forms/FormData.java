package uk.waymark.web.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A posted form as the browser sent it: names to one or more values. Reading goes through
 * {@link #text} and {@link #choices}, which clean what they return, so no raw value reaches a
 * page, a case or a log.
 */
public final class FormData {

    /** Characters a survivor could need to write, and nothing a terminal or log would act on. */
    private static final String CONTROL = "[\\p{Cntrl}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]";

    private final Map<String, Object> values;

    public FormData(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /**
     * The field as plain text: control and direction-changing characters removed, line endings
     * made \n, spaces trimmed, and cut to {@code max} characters. Empty when not sent.
     */
    public String text(String name, int max) {
        List<String> all = raw(name);
        String value = all.isEmpty() ? "" : all.get(0);
        String cleaned = value.replace("\r\n", "\n").replace('\r', '\n').replaceAll(CONTROL, "").strip();
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }

    /** Whether the field was sent longer than {@code max} once cleaned, so the form can say so. */
    public boolean tooLong(String name, int max) {
        List<String> all = raw(name);
        return !all.isEmpty() && all.get(0).replace("\r\n", "\n").replaceAll(CONTROL, "").strip().length() > max;
    }

    /** The values of a checkbox or radio field that are among the allowed ones, in the allowed order. */
    public List<String> choices(String name, Collection<String> allowed) {
        List<String> given = raw(name);
        return allowed.stream().filter(given::contains).toList();
    }

    /** The single allowed value of a radio field, or null. */
    public String choice(String name, Collection<String> allowed) {
        List<String> chosen = choices(name, allowed);
        return chosen.size() == 1 ? chosen.get(0) : null;
    }

    public boolean has(String name) {
        return !text(name, Integer.MAX_VALUE).isEmpty();
    }

    private List<String> raw(String name) {
        Object value = values.get(name);
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
