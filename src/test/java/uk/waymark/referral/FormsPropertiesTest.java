package uk.waymark.referral;

import org.junit.jupiter.api.Test;
import uk.waymark.content.Pack;
import uk.waymark.content.PackLoader;
import uk.waymark.support.AnyText;
import uk.waymark.web.forms.FormData;
import uk.waymark.web.forms.FormErrors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both referral forms' reading and checking, for any post at all: nothing throws (reading,
 * checking, showing the form again, building the case), every kept value is clean and within
 * its field's limit, and no answer is cut without the form saying so: a case holds what was
 * written, whole, or the person is asked to shorten it. Seeded ({@link AnyText#SEED};
 * -Dproperty.seed=N for another run).
 */
class FormsPropertiesTest {

    /** Bolsover offers every contact method, offices and BSL included, so every method is tried. */
    private static final Pack PACK = new PackLoader(Path.of("content")).load("bolsover");

    static final Map<String, Integer> CONTACT_LIMITS = Map.ofEntries(
            Map.entry("name", ContactForm.SHORT), Map.entry("phone", ContactForm.SHORT), Map.entry("mobile", ContactForm.SHORT),
            Map.entry("email", 254), Map.entry("bslContact", ContactForm.SHORT), Map.entry("relayPhone", ContactForm.SHORT),
            Map.entry("trustedName", ContactForm.SHORT), Map.entry("trustedPhone", ContactForm.SHORT),
            Map.entry("safeTimesDetail", ContactForm.LONG), Map.entry("codeWord", ContactForm.SHORT),
            Map.entry("unsafe", ContactForm.LONG), Map.entry("language", ContactForm.SHORT), Map.entry("helpOther", ContactForm.LONG));
    static final Map<String, List<String>> CONTACT_CHOICES = Map.of(
            "method", ContactForm.methods(PACK.provider()), "safeTimes", ContactForm.TIMES, "voicemail", ContactForm.YES_NO,
            "sayWhoWeAre", ContactForm.YES_NO, "onlyYou", ContactForm.YES_NO_NOT_SURE, "housing", ContactForm.HOUSING,
            "children", ContactForm.YES_NO, "interpreter", ContactForm.INTERPRETER, "staffGender", ContactForm.GENDER,
            "help", ContactForm.HELP);

    static final Map<String, Integer> CONCERN_LIMITS = Map.of(
            "noticed", ConcernForm.LONG, "where", 200, "reporterName", ConcernForm.SHORT, "reporterPhone", ConcernForm.SHORT,
            "reporterEmail", 254, "reporterSafeTimes", 500);
    static final Map<String, List<String>> CONCERN_CHOICES = Map.of(
            "relationship", ConcernForm.RELATIONSHIPS, "children", ConcernForm.YES_NO_NOT_SURE, "callBack", ConcernForm.CALL_BACK);

    /** How each kept answer is named in the case: contact details sit under "contact", some renamed. */
    private static final Map<String, String> CONCERN_CONTACT_KEYS = Map.of(
            "reporterName", "name", "reporterPhone", "phone", "reporterEmail", "email", "reporterSafeTimes", "safeTimes");

    @Test
    void anyContactPostIsReadCheckedAndKeptWithinItsLimits() {
        AnyText.tries(200, any -> contactPostIsReadCheckedAndKeptWithinItsLimits(contactPost(any)));
    }

    private static void contactPostIsReadCheckedAndKeptWithinItsLimits(Map<String, Object> posted) {
        var data = new FormData(posted);
        ContactForm form = ContactForm.from(data, PACK.provider());
        FormErrors errors = form.check(data);
        assertNotNull(ContactQuestions.of(form, errors, PACK.provider()), "the form can be shown again");
        for (var entry : CONTACT_LIMITS.entrySet()) {
            assertTrue(data.text(entry.getKey(), entry.getValue()).length() <= entry.getValue());
        }
        if (!errors.isEmpty()) {
            return;
        }
        Map<String, Object> answers = form.answers();
        form.contactMethod();
        form.tenant();
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) answers.get("contact");
        for (var entry : CONTACT_LIMITS.entrySet()) {
            String field = entry.getKey();
            Object kept = answers.containsKey(field) ? answers.get(field) : contact.get(field);
            if (kept == null) {
                continue;
            }
            String value = (String) kept;
            assertTrue(value.length() <= entry.getValue(), () -> field + " over its limit: " + value.length());
            assertFalse(AnyText.unclean(value), () -> field + " unclean");
            if (field.toLowerCase().endsWith("phone") || field.equals("mobile")) {
                assertTrue(value.matches("0[0-9]{9,10}"), () -> field + " is a checked number: " + value);
            } else {
                assertEquals(data.text(field, Integer.MAX_VALUE), value, () -> field + " was cut without the form saying so");
            }
        }
        choicesOnlyAllowed(answers, CONTACT_CHOICES);
    }

    @Test
    void anyConcernPostIsReadCheckedAndKeptWithinItsLimits() {
        AnyText.tries(200, any -> concernPostIsReadCheckedAndKeptWithinItsLimits(concernPost(any)));
    }

    private static void concernPostIsReadCheckedAndKeptWithinItsLimits(Map<String, Object> posted) {
        var data = new FormData(posted);
        ConcernForm form = ConcernForm.from(data);
        FormErrors errors = form.check(data);
        assertNotNull(ConcernQuestions.of(form, errors), "the form can be shown again");
        if (!errors.isEmpty()) {
            return;
        }
        Map<String, Object> answers = form.answers();
        form.contactMethod();
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) answers.get("contact");
        for (var entry : CONCERN_LIMITS.entrySet()) {
            String field = entry.getKey();
            Object kept = answers.containsKey(field) ? answers.get(field) : contact.get(CONCERN_CONTACT_KEYS.getOrDefault(field, field));
            if (kept == null) {
                continue;
            }
            String value = (String) kept;
            assertTrue(value.length() <= entry.getValue(), () -> field + " over its limit: " + value.length());
            assertFalse(AnyText.unclean(value), () -> field + " unclean");
            if (field.equals("reporterPhone")) {
                assertTrue(value.matches("0[0-9]{9,10}"), () -> field + " is a checked number: " + value);
            } else {
                assertEquals(data.text(field, Integer.MAX_VALUE), value, () -> field + " was cut without the form saying so");
            }
        }
        choicesOnlyAllowed(answers, CONCERN_CHOICES);
    }

    private static void choicesOnlyAllowed(Map<String, Object> answers, Map<String, List<String>> choices) {
        choices.forEach((field, allowed) -> {
            Object kept = answers.get(field);
            List<?> values = kept instanceof List<?> list ? list : kept == null ? List.of() : List.of(kept);
            values.forEach(v -> assertTrue(allowed.contains(v), () -> field + " kept " + v));
        });
    }

    private static Map<String, Object> contactPost(AnyText any) {
        List<String> names = new ArrayList<>(CONTACT_LIMITS.keySet());
        names.addAll(CONTACT_CHOICES.keySet());
        names.add("token");
        names.add("website");
        return any.form(names.stream().sorted().toList(), valueOf(any, CONTACT_CHOICES, CONTACT_LIMITS));
    }

    private static Map<String, Object> concernPost(AnyText any) {
        List<String> names = new ArrayList<>(CONCERN_LIMITS.keySet());
        names.addAll(CONCERN_CHOICES.keySet());
        return any.form(names.stream().sorted().toList(), valueOf(any, CONCERN_CHOICES, CONCERN_LIMITS));
    }

    /**
     * Mostly answers the form would take (so that many posts get as far as a case), sometimes
     * anything at all; text of any length, often over its limit, and sometimes exactly at it or
     * one either side.
     */
    private static Function<String, String> valueOf(AnyText any, Map<String, List<String>> choices, Map<String, Integer> limits) {
        return name -> {
            if (choices.containsKey(name)) {
                return any.weighted(9, 1) == 0 ? any.of(choices.get(name)) : any.any(40);
            }
            if (name.toLowerCase().endsWith("phone") || name.equals("mobile")) {
                return any.weighted(6, 1) == 0 ? any.of("07911 123456", "+44 7911 123456", "(01632) 960 001") : any.any(200);
            }
            if (name.toLowerCase().endsWith("email")) {
                return switch (any.weighted(4, 2, 1)) {
                    case 0 -> any.of("sam@example.org", "zażółć@przykład.pl");
                    case 1 -> any.alpha(1, 64) + "@" + any.alpha(150, 253) + ".org";
                    default -> any.any(400);
                };
            }
            Integer limit = limits.get(name);
            return switch (any.weighted(3, 3, limit == null ? 0 : 1)) {
                case 0 -> any.writing();
                case 1 -> any.any(1200);
                default -> any.writingOfLength(limit + any.of(-1, 0, 1));
            };
        };
    }
}
