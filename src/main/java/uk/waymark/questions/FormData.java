package uk.waymark.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A posted form as the browser sent it: names to one or more values. Reading goes through
 * {@link #text} and {@link #choices}, which clean what they return, so no raw value reaches a
 * page, a case or a log.
 */
public final class FormData {

    /**
     * What cleaning removes: control characters but tab and newline (C0, DEL and C1, which some
     * terminals act on), the marks and controls that change the direction text is shown in
     * (LRM, RLM, ALM, embeddings, overrides and isolates), the zero-width space, the byte order
     * mark, and halves of a surrogate pair that arrived alone. The zero-width joiner and
     * non-joiner stay: emoji sequences and Urdu, Persian and Indic writing need them.
     */
    private static final Pattern REMOVED = Pattern.compile(
            "[[\\p{Cntrl}\\x80-\\x9F]&&[^\\n\\t]]|[\\u200B\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]|\\p{Cs}");
    /** Line endings of every kind: Windows, old Mac, NEL, and Unicode's line and paragraph separators. */
    private static final Pattern LINE_END = Pattern.compile("\\r\\n|[\\r\\u0085\\u2028\\u2029]");

    private final Map<String, Object> values;

    public FormData(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /**
     * The field as plain text, cleaned: line endings made \n, the characters in {@link #REMOVED}
     * removed, spaces trimmed; then cut to {@code max} UTF-16 units (as a browser counts
     * {@code maxlength}), never between the two halves of an emoji or other character outside
     * the Basic Multilingual Plane, and trimmed again. Empty when not sent; the first value when
     * sent more than once.
     */
    public String text(String name, int max) {
        String cleaned = cleaned(name);
        if (cleaned.length() <= max) {
            return cleaned;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(cleaned.charAt(end - 1))) {
            end--;
        }
        return cleaned.substring(0, end).stripTrailing();
    }

    /** Whether the field was sent longer than {@code max} once cleaned, so the form can say so instead of cutting it. */
    public boolean tooLong(String name, int max) {
        return cleaned(name).length() > max;
    }

    /** The first value sent, cleaned as {@link #text} says, uncut. */
    static String clean(String value) {
        return REMOVED.matcher(LINE_END.matcher(value).replaceAll("\n")).replaceAll("").strip();
    }

    private String cleaned(String name) {
        List<String> all = raw(name);
        return all.isEmpty() ? "" : clean(all.get(0));
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
