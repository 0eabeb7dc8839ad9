package uk.waymark.web.forms;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
 */
class FormDataPropertiesTest {

    private static final List<String> ALLOWED = List.of("yes", "no", "not-sure");

    @Property(tries = 250, seed = "11")
    void textIsCleanAndWithinItsLimitForAnyValue(@ForAll("posted") Map<String, Object> posted, @ForAll @IntRange(min = 0, max = 2500) int max) {
        var form = new FormData(posted);
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
    }

    @Property(tries = 300, seed = "11")
    void choicesAreOnlyTheAllowedOnesInTheirOrder(@ForAll("posted") Map<String, Object> posted) {
        var form = new FormData(posted);
        for (String name : List.of("a", "b", "missing")) {
            List<String> chosen = form.choices(name, ALLOWED);
            assertEquals(ALLOWED.stream().filter(chosen::contains).toList(), chosen);
            String one = form.choice(name, ALLOWED);
            assertTrue(one == null || (chosen.size() == 1 && chosen.get(0).equals(one)));
        }
    }

    @Property(tries = 300, seed = "11")
    void writingThatNeedsNoCleaningIsKeptExactly(@ForAll("writing") String written) {
        var form = new FormData(Map.of("a", written, "b", List.of(written, "second")));
        assertEquals(written, form.text("a", written.length()), () -> escaped(written));
        assertEquals(written, form.text("b", written.length()), "the first of repeated values");
        assertFalse(form.tooLong("a", written.length()));
    }

    @Property(tries = 200, seed = "11")
    void windowsAndOldMacLineEndingsBecomeNewlines(@ForAll("writing") String first, @ForAll("writing") String second) {
        var form = new FormData(Map.of("a", first + "\r\n" + second, "b", first + "\r" + second));
        assertEquals(first + "\n" + second, form.text("a", 10_000));
        assertEquals(first + "\n" + second, form.text("b", 10_000));
    }

    @Property(tries = 200, seed = "11")
    void aCutNeverSplitsACharacter(@ForAll @IntRange(min = 0, max = 40) int before, @ForAll @IntRange(min = 1, max = 41) int max) {
        String value = "a".repeat(before) + "😀".repeat(30);
        String kept = new FormData(Map.of("a", value)).text("a", max);
        assertTrue(kept.length() <= max);
        assertFalse(AnyText.unclean(kept), () -> "half an emoji kept at " + max + ": " + escaped(kept));
    }

    @Provide
    Arbitrary<Map<String, Object>> posted() {
        return AnyText.form(List.of("a", "b"), name -> Arbitraries.oneOf(Arbitraries.of(ALLOWED), AnyText.any(3000)));
    }

    @Provide
    Arbitrary<String> writing() {
        return AnyText.writing();
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().limit(200).forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.append(text.length() > 200 ? "… (" + text.length() + " chars)" : "").toString();
    }
}
