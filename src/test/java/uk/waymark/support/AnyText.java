package uk.waymark.support;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text as a careless browser, a hostile client or a person in any language could send it: any
 * char at all (NUL, controls, lone surrogates, direction overrides), real writing in several
 * scripts, line breaks of every kind, and lengths from empty to well past every limit.
 */
public final class AnyText {

    /** Characters that cleaning deals with, and characters it must leave alone. */
    private static final List<String> AWKWARD = List.of(
            "\u0000", "\r", "\n", "\r\n", "\t", " ", "\u00A0", "\u0085", "\u009B", "\u007F", "\u001B[31m",
            "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200E", "\u200F", "\u061C", "\uFEFF",
            "\u200C", "\u200D", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uD83D", "\uDE00",
            "😀", "👩‍👧", "🏳️‍🌈", "\u2028", "\uFFFD", "%", "%00", "&", "=", "+", "<script>", "\"", "'", "\\");

    /** Writing a person could send, none of which cleaning should change. */
    private static final List<String> WRITING = List.of(
            "Zażółć gęślą jaźń", "Łódź", "میں محفوظ نہیں ہوں", "اُس کا نام", "Ble mae'r ŵyn a'r ŷd", "Llŷr", "Siân",
            "😀", "👩‍👧", "🏳️‍🌈", "❤️", "\"quoted\"", "<b>not bold</b>", "a & b", "O'Brien", "naïve", "日本語",
            "नमस्ते", "می‌خواهم", "Straße", "100%", "x=1&y=2", "\t");

    private AnyText() {
    }

    /** Any string: random chars from the whole UTF-16 range, mixed with awkward pieces, up to {@code max} chars. */
    public static Arbitrary<String> any(int max) {
        Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(max);
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(AWKWARD), Arbitraries.of(WRITING),
                        Arbitraries.strings().all().ofMaxLength(8))
                .list().ofMaxSize(Math.max(1, max / 4)).map(parts -> String.join("", parts));
        Arbitrary<String> long_ = Arbitraries.of(WRITING).list().ofMinSize(1).ofMaxSize(400).map(parts -> String.join(" ", parts));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, chars),
                net.jqwik.api.Tuple.of(4, pieces),
                net.jqwik.api.Tuple.of(2, long_),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    /** Writing with no characters that cleaning removes, no leading or trailing space, up to about {@code max} chars. */
    public static Arbitrary<String> writing() {
        return Arbitraries.of(WRITING).list().ofMinSize(1).ofMaxSize(60).map(parts -> String.join(" ", parts).strip())
                .filter(s -> !s.isEmpty());
    }

    /**
     * A posted form: each name missing, sent once, or repeated, with values from {@code valueOf}
     * (its allowed answers and any text), plus names the form does not know.
     */
    public static Arbitrary<Map<String, Object>> form(List<String> names, java.util.function.Function<String, Arbitrary<String>> valueOf) {
        List<Arbitrary<Object>> perName = new ArrayList<>();
        for (String name : names) {
            Arbitrary<String> one = valueOf.apply(name);
            perName.add(Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(2, Arbitraries.just((Object) null)),
                    net.jqwik.api.Tuple.of(6, one.map(v -> (Object) v)),
                    net.jqwik.api.Tuple.of(2, one.list().ofMinSize(2).ofMaxSize(4).map(v -> (Object) v))));
        }
        Arbitrary<Map<String, String>> strangers = Arbitraries.maps(any(20), any(40)).ofMaxSize(3);
        return net.jqwik.api.Combinators.combine(Arbitraries.just(names), strangers, combineAll(perName)).as((n, extra, values) -> {
            Map<String, Object> form = new LinkedHashMap<>(extra);
            for (int i = 0; i < n.size(); i++) {
                if (values.get(i) != null) {
                    form.put(n.get(i), values.get(i));
                }
            }
            return form;
        });
    }

    private static Arbitrary<List<Object>> combineAll(List<Arbitrary<Object>> all) {
        Arbitrary<List<Object>> result = Arbitraries.just(List.of());
        for (Arbitrary<Object> next : all) {
            result = net.jqwik.api.Combinators.combine(result, next).as((list, value) -> {
                List<Object> out = new ArrayList<>(list);
                out.add(value);
                return out;
            });
        }
        return result;
    }

    /** Whether the text holds a character cleaning must remove, or a \r. */
    public static boolean unclean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return true; // unpaired
            }
            if ((Character.isISOControl(c) && c != '\n' && c != '\t')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }
}
