package uk.waymark.questions;

import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;
import uk.waymark.support.AnyText;
import uk.waymark.support.FormFixtures;
import uk.waymark.web.forms.QuestionViews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both referral forms' reading and checking, for any post at all, driven by their definitions:
 * nothing throws (reading, checking, showing the form again, building the case), every kept
 * value is clean and within its question's limit, choices keep only offered values, and no
 * answer is cut without the form saying so: a case holds what was written, whole, or the person
 * is asked to shorten it. Seeded ({@link AnyText#SEED}; -Dproperty.seed=N for another run).
 */
class FormsPropertiesTest {

    /** Bolsover offers every contact method, offices and BSL included, so every method is tried. */
    private static final Form SELF_REFERRAL = SelfReferral.form(new PackLoader(Path.of("content")).load("bolsover").provider());

    @Test
    void anySelfReferralIsReadCheckedAndKeptWithinItsLimits() {
        int[] kept = {0};
        AnyText.tries(200, any -> kept[0] += readCheckedAndKept(SELF_REFERRAL, post(any, SELF_REFERRAL)) ? 1 : 0);
        System.out.printf("self-referral: %d of 200 posts became cases%n", kept[0]);
        assertTrue(kept[0] > 10, "enough posts became cases to test what they keep: " + kept[0]);
    }

    @Test
    void anyConcernIsReadCheckedAndKeptWithinItsLimits() {
        int[] kept = {0};
        AnyText.tries(200, any -> kept[0] += readCheckedAndKept(ConcernReport.FORM, post(any, ConcernReport.FORM)) ? 1 : 0);
        System.out.printf("concern: %d of 200 posts became cases%n", kept[0]);
        assertTrue(kept[0] > 10, "enough posts became cases to test what they keep: " + kept[0]);
    }

    /** Whether the post was good enough to become a case (and so what it keeps was checked). */
    private static boolean readCheckedAndKept(Form form, Map<String, Object> posted) {
        var data = new FormData(posted);
        Answers answers = form.read(data);
        FormErrors errors = answers.problems();
        assertNotNull(QuestionViews.sections(answers, errors), "the form can be shown again");
        for (Question question : form.all()) {
            if (question instanceof TextQuestion text) {
                assertTrue(answers.text(text.name()).length() <= text.max(), text.name());
            }
        }
        if (!errors.isEmpty()) {
            return false;
        }
        Map<String, Object> kept = answers.kept();
        answers.tenant();
        Set<String> contactReveals = new HashSet<>();
        Map<?, ?> contact = Map.of();
        for (Question question : form.questions()) {
            if (question instanceof ChoiceQuestion choice && choice.contact()) {
                contact = (Map<?, ?>) kept.get(choice.key());
                assertEquals(answers.contactMethod().id(), contact.get("method"));
                choice.options().forEach(o -> o.reveals().forEach(r -> contactReveals.add(r.name())));
            }
        }
        for (Question question : form.all()) {
            Object value = contactReveals.contains(question.name()) ? contact.get(question.key()) : kept.get(question.key());
            if (value == null) {
                continue;
            }
            if (question instanceof TextQuestion text) {
                String written = (String) value;
                assertTrue(written.length() <= text.max(), () -> text.name() + " over its limit: " + written.length());
                assertFalse(AnyText.unclean(written), () -> text.name() + " unclean");
                if (text.format() == TextFormat.UK_PHONE || text.format() == TextFormat.UK_MOBILE) {
                    assertTrue(written.matches("0[0-9]{9,10}"), () -> text.name() + " is a checked number: " + written);
                } else {
                    assertEquals(data.text(text.name(), Integer.MAX_VALUE), written, () -> text.name() + " was cut without the form saying so");
                }
            } else if (question instanceof ChoiceQuestion choice && !choice.contact()) {
                List<?> values = value instanceof List<?> list ? list : List.of(value);
                values.forEach(v -> assertTrue(choice.values().contains(v), () -> choice.name() + " kept " + v));
            }
        }
        return true;
    }

    /**
     * Half the time any post at all; half the time a good post with some answers made any text
     * or any choice, so that many get as far as a case and what they keep is checked too.
     */
    private static Map<String, Object> post(AnyText any, Form form) {
        if (any.oneIn(2)) {
            FormFixtures fixture = FormFixtures.valid(form);
            Function<String, String> value = valueOf(any, form);
            for (Question question : form.all()) {
                if (any.oneIn(3)) {
                    fixture.with(question.name(), value.apply(question.name()));
                }
            }
            return fixture.post();
        }
        List<String> names = new ArrayList<>(form.all().stream().map(Question::name).toList());
        names.add("token");
        names.add("website");
        return any.form(names.stream().sorted().toList(), valueOf(any, form));
    }

    /**
     * Mostly answers the form would take (so that many posts get as far as a case), sometimes
     * anything at all; text of any length, often over its limit, and sometimes exactly at it or
     * one either side.
     */
    private static Function<String, String> valueOf(AnyText any, Form form) {
        return name -> {
            Question question = form.all().stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
            if (question instanceof ChoiceQuestion choice) {
                return any.weighted(9, 1) == 0 ? any.of(choice.values()) : any.any(40);
            }
            if (!(question instanceof TextQuestion text)) {
                return any.any(40);
            }
            if (text.format() == TextFormat.UK_PHONE || text.format() == TextFormat.UK_MOBILE) {
                return any.weighted(6, 1) == 0 ? any.of("07911 123456", "+44 7911 123456", "(01632) 960 001") : any.any(200);
            }
            if (text.format() == TextFormat.EMAIL) {
                return switch (any.weighted(4, 2, 1)) {
                    case 0 -> any.of("sam@example.org", "zażółć@przykład.pl");
                    case 1 -> any.alpha(1, 64) + "@" + any.alpha(150, 253) + ".org";
                    default -> any.any(400);
                };
            }
            return switch (any.weighted(3, 3, 1)) {
                case 0 -> any.writing();
                case 1 -> any.any(1200);
                default -> any.writingOfLength(text.max() + any.of(-1, 0, 1));
            };
        };
    }
}
