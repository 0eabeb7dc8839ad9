package uk.waymark.support;

import org.opentest4j.AssertionFailedError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Text as a careless browser, a hostile client or a person in any language could send it: any
 * char at all (NUL, controls, lone surrogates, direction overrides), real writing in several
 * scripts, line breaks of every kind, and lengths from empty to well past every limit.
 *
 * <p>Seeded: {@link #tries} runs a property a fixed number of times, each try with its own
 * generator drawn from {@link #SEED} (11, or {@code -Dproperty.seed=N} for another run), and puts
 * the seed and the try in the message of any failure, so that the same run can be made again.
 * About one draw in five is an edge case: an awkward piece, an edge length, an edge number.
 */
public final class AnyText {

    /** The seed of every property run: 11 unless {@code -Dproperty.seed=N}. */
    public static final long SEED = Long.getLong("property.seed", 11);

    /** Characters that cleaning deals with, and characters it must leave alone. */
    private static final List<String> AWKWARD = List.of(
            "\u0000", "\r", "\n", "\r\n", "\n\r", "\t", " ", "\u00A0", "\u0085", "\u0080", "\u009B", "\u009F", "\u007F",
            "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\u001B[31m",
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\uFFFE", "\uFFFF",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00", "\uDE00\uD83D", "\uDBFF\uDFFF", "\uD800\uDC00",
            "😀", "👩‍👧", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇵🇱", "👍🏽", "\uD834\uDD1E", "\u2028", "\u2029", "\uFFFD",
            "%", "%00", "%0D%0A", "&", "=", "+", "<script>", "</textarea>", "\"", "'", "\\", "${x}", "{{x}}");

    /** Writing a person could send, none of which cleaning should change. */
    private static final List<String> WRITING = List.of(
            "Zażółć gęślą jaźń", "Łódź", "میں محفوظ نہیں ہوں", "اُس کا نام", "Ble mae'r ŵyn a'r ŷd", "Llŷr", "Siân",
            "😀", "👩‍👧", "🏳️‍🌈", "❤️", "\"quoted\"", "<b>not bold</b>", "a & b", "O'Brien", "naïve", "日本語",
            "नमस्ते", "می‌خواهم", "Straße", "100%", "x=1&y=2", "\t");

    /** The awkward characters one at a time, for strings built char by char. */
    private static final char[] AWKWARD_CHARS = String.join("", AWKWARD).toCharArray();

    private final SplittableRandom random;

    private AnyText(SplittableRandom random) {
        this.random = random;
    }

    /** A generator for one try of a property: the same seed and try give the same draws. */
    public static AnyText forTry(long seed, int attempt) {
        return new AnyText(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + attempt));
    }

    /**
     * Runs {@code property} {@code count} times, each with its own generator; a failure or a throw
     * is reported with the seed and the try, and the run prints its count and seed.
     */
    public static void tries(int count, Consumer<AnyText> property) {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow();
        String name = caller.getClassName().substring(caller.getClassName().lastIndexOf('.') + 1) + "." + caller.getMethodName();
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= count; attempt++) {
            try {
                property.accept(forTry(SEED, attempt));
            } catch (AssertionError | RuntimeException e) {
                String where = name + " failed on try " + attempt + " of " + count + " with -Dproperty.seed=" + SEED + ": ";
                if (e instanceof AssertionFailedError failed && failed.isExpectedDefined() && failed.isActualDefined()) {
                    throw new AssertionFailedError(where + failed.getMessage(), failed.getExpected().getValue(),
                            failed.getActual().getValue(), e);
                }
                throw new AssertionFailedError(where + (e instanceof AssertionError ? e.getMessage() : e.toString()), e);
            }
        }
        System.out.printf("%s: %d tries, seed %d, %d ms%n", name, count, SEED, (System.nanoTime() - started) / 1_000_000);
    }

    // Choosing

    /** True one time in {@code n}. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /** The index of a weight, chosen in proportion to the weights. */
    public int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    public <T> T of(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T of(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** A number from {@code min} to {@code max}, both included; one time in five an edge: min, min + 1, max - 1, max or 0. */
    public int between(int min, int max) {
        if (oneIn(5)) {
            List<Integer> edges = new ArrayList<>(List.of(min, max));
            if (min < max) {
                edges.add(min + 1);
                edges.add(max - 1);
            }
            if (min < 0 && max > 0) {
                edges.add(0);
            }
            return of(edges);
        }
        return min + random.nextInt(max - min + 1);
    }

    public <T> List<T> list(int min, int max, Supplier<T> each) {
        int size = between(min, max);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(each.get());
        }
        return out;
    }

    // Text

    /**
     * Any string: random chars from the whole UTF-16 range (lone surrogates and astral characters
     * too), mixed with awkward pieces and writing, up to {@code max} chars; or long writing, far
     * past it; or an edge length: 0, 1, max - 1, max, max + 1 or very long; or nothing.
     */
    public String any(int max) {
        if (oneIn(5)) {
            return oneIn(3) ? of(AWKWARD) : ofLength(edgeLength(max));
        }
        return switch (weighted(3, 4, 2, 1)) {
            case 0 -> chars(between(0, max));
            case 1 -> String.join("", list(0, Math.max(1, max / 4), this::piece));
            case 2 -> String.join(" ", list(1, 400, () -> of(WRITING)));
            default -> "";
        };
    }

    /** Text of exactly {@code length} chars, as {@link #any} would write it: any chars, pieces or writing. */
    public String ofLength(int length) {
        StringBuilder out = new StringBuilder(length + 16);
        int kind = weighted(1, 1, 1);
        while (out.length() < length) {
            out.append(switch (kind) {
                case 0 -> chars(Math.min(64, length - out.length()));
                case 1 -> piece();
                default -> of(WRITING) + " ";
            });
        }
        out.setLength(length);
        return out.toString();
    }

    /**
     * Writing of exactly {@code length} chars that cleaning keeps as it is: no character cleaning
     * removes, no space at either end, no emoji cut in half. Its length is then the length the
     * form counts.
     */
    public String writingOfLength(int length) {
        StringBuilder out = new StringBuilder(length + 32);
        while (out.length() < length) {
            String part = of(WRITING);
            out.append(part.isBlank() ? "x" : part).append(' ');
        }
        out.setLength(length);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean end = i == 0 || i == out.length() - 1;
            boolean halfPair = (Character.isHighSurrogate(c) && (i + 1 == out.length() || !Character.isLowSurrogate(out.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(out.charAt(i - 1))));
            if (halfPair || (end && (Character.isWhitespace(c) || c == '\u200C' || c == '\u200D'))) {
                out.setCharAt(i, 'x');
            }
        }
        return out.toString();
    }

    /** Writing with no characters that cleaning removes, no leading or trailing space: 1 to 60 pieces. */
    public String writing() {
        while (true) {
            String written = String.join(" ", list(1, 60, () -> of(WRITING))).strip();
            if (!written.isEmpty()) {
                return written;
            }
        }
    }

    /** Letters a to z and A to Z, {@code min} to {@code max} of them. */
    public String alpha(int min, int max) {
        int length = between(min, max);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int letter = random.nextInt(52);
            out.append((char) (letter < 26 ? 'a' + letter : 'A' + letter - 26));
        }
        return out.toString();
    }

    /** {@code length} chars, each any UTF-16 unit, an astral character, a control, ASCII, or an awkward char. */
    private String chars(int length) {
        StringBuilder out = new StringBuilder(length + 1);
        while (out.length() < length) {
            switch (weighted(5, 1, 1, 2, 1)) {
                case 0 -> out.append((char) random.nextInt(0x10000));
                case 1 -> out.appendCodePoint(random.nextInt(0x10000, 0x110000));
                case 2 -> out.append((char) (oneIn(2) ? random.nextInt(0x20) : random.nextInt(0x7F, 0xA0)));
                case 3 -> out.append((char) random.nextInt(0x20, 0x7F));
                default -> out.append(AWKWARD_CHARS[random.nextInt(AWKWARD_CHARS.length)]);
            }
        }
        out.setLength(length);
        return out.toString();
    }

    private String piece() {
        return switch (weighted(1, 1, 1)) {
            case 0 -> of(AWKWARD);
            case 1 -> of(WRITING);
            default -> chars(between(0, 8));
        };
    }

    private int edgeLength(int max) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> Math.max(0, max - 1);
            case 3 -> max;
            case 4 -> max + 1;
            default -> Math.max(10_000, max * 20) + random.nextInt(1000);
        };
    }

    // Forms

    /**
     * A posted form: each name missing, sent once, or repeated (a List), with values from
     * {@code valueOf} (its allowed answers and any text, drawn afresh at each call), sometimes
     * an odd value (empty, an empty list, a list with empty values), plus names the form does
     * not know, some of them near misses of its own.
     */
    public Map<String, Object> form(List<String> names, Function<String, String> valueOf) {
        Map<String, Object> form = new LinkedHashMap<>();
        int strangers = between(0, 3);
        for (int i = 0; i < strangers; i++) {
            String name = oneIn(3) && !names.isEmpty() ? nearMiss(of(names)) : any(20);
            form.put(name, oneIn(4) ? list(2, 3, () -> any(40)) : any(40));
        }
        for (String name : names) {
            switch (weighted(2, 6, 2, 1)) {
                case 0 -> form.remove(name);
                case 1 -> form.put(name, valueOf.apply(name));
                case 2 -> form.put(name, list(2, 4, () -> valueOf.apply(name)));
                default -> form.put(name, of(List.of(""), List.of(), List.of("", valueOf.apply(name)), "", " ", "\u0000"));
            }
        }
        return form;
    }

    private String nearMiss(String name) {
        return switch (random.nextInt(5)) {
            case 0 -> name.toUpperCase();
            case 1 -> " " + name;
            case 2 -> name + "[]";
            case 3 -> name + "\u0000";
            default -> name + "\u200B";
        };
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
