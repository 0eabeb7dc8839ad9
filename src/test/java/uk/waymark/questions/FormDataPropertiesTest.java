package uk.waymark.questions;

import org.junit.jupiter.api.Test;
import uk.waymark.support.AnyText;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posted-form parsing and cleaning, for any text at all: nothing throws, every kept value is
 * clean and within its limit, "too long" says exactly when a value was cut, and writing that
 * needs no cleaning (any script, emoji sequences, quotes, angle brackets) is kept exactly.
 * Seeded ({@link AnyText#SEED}; -Dproperty.seed=N for another run).
 */
class FormDataPropertiesTest {

    private static final List<String> ALLOWED = List.of("yes", "no", "not-sure");

    @Test
    void textIsCleanAndWithinItsLimitForAnyValue() {
        AnyText.tries(250, any -> {
            int max = any.between(0, 2500);
            var form = new FormData(posted(any, max));
            for (String name : List.of("a", "b", "missing")) {
                String kept = form.text(name, max);
                assertTrue(kept.length() <= max, () -> "over " + max + ": " + kept.length());
                assertFalse(AnyText.unclean(kept), () -> "unclean: " + escaped(kept));
                assertEquals(kept.strip(), kept, "trimmed");
                String whole = form.text(name, Integer.MAX_VALUE);
                assertEquals(whole.length() > max, form.tooLong(name, max), () -> "tooLong says whether the value was cut: " + escaped(whole));
                if (!form.tooLong(name, max)) {
                    assertEquals(whole, kept);
                } else {
                    assertTrue(whole.startsWith(kept), "a cut value is the start of what was sent");
                }
                assertEquals(!whole.isEmpty(), form.has(name));
            }
        });
    }

    @Test
    void choicesAreOnlyTheAllowedOnesInTheirOrder() {
        AnyText.tries(300, any -> {
            var form = new FormData(posted(any, any.between(0, 2500)));
            for (String name : List.of("a", "b", "missing")) {
                List<String> chosen = form.choices(name, ALLOWED);
                assertEquals(ALLOWED.stream().filter(chosen::contains).toList(), chosen);
                String one = form.choice(name, ALLOWED);
                assertTrue(one == null || (chosen.size() == 1 && chosen.get(0).equals(one)));
            }
        });
    }

    @Test
    void writingThatNeedsNoCleaningIsKeptExactly() {
        AnyText.tries(300, any -> {
            String written = any.writing();
            var form = new FormData(Map.of("a", written, "b", List.of(written, "second")));
            assertEquals(written, form.text("a", written.length()), () -> escaped(written));
            assertEquals(written, form.text("b", written.length()), "the first of repeated values");
            assertFalse(form.tooLong("a", written.length()));
        });
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        AnyText.tries(200, any -> {
            String first = any.writing();
            String second = any.writing();
            var form = new FormData(Map.of("a", first + "\r\n" + second, "b", first + "\r" + second));
            assertEquals(first + "\n" + second, form.text("a", 10_000));
            assertEquals(first + "\n" + second, form.text("b", 10_000));
        });
    }

    @Test
    void aCutNeverSplitsACharacter() {
        AnyText.tries(200, any -> {
            int before = any.between(0, 40);
            int max = any.between(1, 41);
            String value = "a".repeat(before) + "😀".repeat(30);
            String kept = new FormData(Map.of("a", value)).text("a", max);
            assertTrue(kept.length() <= max);
            assertFalse(AnyText.unclean(kept), () -> "half an emoji kept at " + max + ": " + escaped(kept));
        });
    }

    /**
     * A post to fields "a" and "b": allowed answers, any text, or text of the limit's length
     * and one either side of it, as it will be read or as cleaning leaves it.
     */
    private static Map<String, Object> posted(AnyText any, int max) {
        return any.form(List.of("a", "b"), name -> switch (any.weighted(2, 2, 1)) {
            case 0 -> any.of(ALLOWED);
            case 1 -> any.any(3000);
            default -> {
                int length = Math.max(0, max + any.of(-1, 0, 1));
                yield any.oneIn(2) ? any.writingOfLength(length) : any.ofLength(length);
            }
        });
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().limit(200).forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.append(text.length() > 200 ? "… (" + text.length() + " chars)" : "").toString();
    }
}
