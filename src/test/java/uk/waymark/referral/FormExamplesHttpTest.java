package uk.waymark.referral;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.Forms;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example the forms give, in a hint or in an error message ("like 07700 900 982", "for
 * example …"), is taken by the check it illustrates: each is read from the pages as a person
 * sees them and posted in its own field. Ordinary ways of writing a UK number pass too.
 */
@MicronautTest
@Property(name = "waymark.forms.rate-limit", value = "1000000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormExamplesHttpTest {

    private static final Pattern HINT = Pattern.compile("<div id=\"([A-Za-z]+)-hint\" class=\"govuk-hint\">([^<]*)</div>");
    private static final Pattern ERROR = Pattern.compile(
            "<p id=\"([A-Za-z]+)-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ([^<]*)</p>");
    /** "…, like X or Y", "For example, X or Y.", "for example X". */
    private static final Pattern EXAMPLES = Pattern.compile("(?:, like |[Ff]or example,? )(.+?)\\.?$");

    /** The contact method that shows each contact field. */
    private static final Map<String, String> METHOD_OF = Map.of("phone", "phone", "mobile", "text", "email", "email",
            "relayPhone", "relay-uk", "trustedPhone", "trusted-person", "trustedName", "trusted-person", "bslContact", "bsl-video");

    @Inject
    EmbeddedServer server;

    private Forms forms;

    @BeforeAll
    void forms() {
        forms = new Forms(server.getPort());
    }

    @Test
    void everyExampleInAHintOrAnErrorMessagePassesItsFieldsCheck() throws Exception {
        Set<Example> examples = new LinkedHashSet<>();
        for (String form : List.of(ContactController.PATH, ConcernController.PATH)) {
            collect(form, "hint", HINT, forms.get(form).body(), examples);
            for (Map<String, Object> wrong : wrongAnswers(form)) {
                collect(form, "error", ERROR, forms.post(form, wrong).body(), examples);
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        examples.forEach(example -> fields.add(example.field()));
        // The examples the forms give today; a new one is picked up without changing this test.
        assertTrue(fields.containsAll(List.of("phone", "mobile", "email", "relayPhone", "trustedPhone", "reporterPhone",
                "reporterEmail", "safeTimesDetail")), "fields with examples: " + fields);

        List<String> refused = new ArrayList<>();
        for (Example example : examples) {
            HttpResponse<String> response = forms.post(example.form(), answersWith(example.form(), example.field(), example.value()));
            if (response.statusCode() != 303) {
                Matcher error = ERROR.matcher(response.body());
                List<String> errors = new ArrayList<>();
                while (error.find()) {
                    errors.add(error.group(1) + ": " + error.group(2));
                }
                refused.add(example + " -> " + response.statusCode() + " " + errors);
            }
        }
        assertEquals(List.of(), refused, "examples the forms refuse");
        System.out.printf("Form examples: %d examples from hints and error messages, in %d fields, all accepted%n",
                examples.size(), fields.size());
    }

    @Test
    void ordinaryWaysOfWritingAUkNumberPassAndOthersDoNot() throws Exception {
        List<String> accepted = List.of("07700 900 982", "07700 900982", "07700900982", "077 0090 0982", "0770 090 0982",
                "+44 7700 900982", "+447700900982", "+44 (0)7700 900 982", "+44 (0) 7700 900982", "0044 7700 900982",
                "07700-900-982", "07700.900.982", "07700\u00a0900\u00a0982", "07700\u2009900\u2009982", "07700 \u2013 900 982",
                " 07700 900 982 ", "(01632) 960 001", "01632 960001", "01632 960 001", "0161 496 0000", "0161-496-0000",
                "020 7946 0000", "(020) 7946 0000", "+44 20 7946 0000", "07911 123 456");
        List<String> refused = List.of("12345", "0770090098", "077009009821", "+1 202 555 0100", "07700 900 98a",
                "07700 900 982 ext 4", "phone me", "0");
        List<String> wrong = new ArrayList<>();
        for (String number : accepted) {
            boolean mobile = number.replaceAll("\\D", "").matches("(0|44|440|0044)?7.*");
            for (String field : mobile ? List.of("phone", "mobile", "trustedPhone") : List.of("phone", "relayPhone", "trustedPhone")) {
                int status = forms.post(ContactController.PATH, answersWith(ContactController.PATH, field, number)).statusCode();
                if (status != 303) {
                    wrong.add(field + " refused \"" + number + "\" (" + status + ")");
                }
            }
            int status = forms.post(ConcernController.PATH, answersWith(ConcernController.PATH, "reporterPhone", number)).statusCode();
            if (status != 303) {
                wrong.add("reporterPhone refused \"" + number + "\" (" + status + ")");
            }
        }
        for (String number : refused) {
            int status = forms.post(ContactController.PATH, answersWith(ContactController.PATH, "phone", number)).statusCode();
            if (status == 303) {
                wrong.add("phone took \"" + number + "\"");
            }
        }
        assertEquals(List.of(), wrong);
    }

    record Example(String form, String where, String field, String value) {
    }

    private static void collect(String form, String where, Pattern pattern, String page, Set<Example> examples) {
        Matcher text = pattern.matcher(page);
        while (text.find()) {
            String field = text.group(1);
            Matcher example = EXAMPLES.matcher(unescape(text.group(2)).strip());
            if (example.find()) {
                for (String value : example.group(1).split(" or ")) {
                    examples.add(new Example(form, where, field, value.strip().replaceAll("^[“\"]|[”\"]$", "")));
                }
            }
        }
    }

    /** Answers that bring out every error message a form has: each contact method with nothing, then with nonsense. */
    private static List<Map<String, Object>> wrongAnswers(String form) {
        List<Map<String, Object>> wrong = new ArrayList<>();
        if (form.equals(ContactController.PATH)) {
            for (String method : Set.copyOf(METHOD_OF.values())) {
                for (String value : List.of("", "not a number or an address")) {
                    Map<String, Object> answers = new LinkedHashMap<>(Forms.validContact());
                    answers.put("method", method);
                    METHOD_OF.keySet().forEach(field -> answers.put(field, value));
                    wrong.add(answers);
                }
            }
            wrong.add(new LinkedHashMap<>());
        } else {
            for (String value : List.of("", "not a number or an address")) {
                Map<String, Object> answers = new LinkedHashMap<>(Forms.validConcern());
                answers.put("callBack", "yes");
                answers.put("reporterPhone", value);
                answers.put("reporterEmail", value);
                wrong.add(answers);
            }
            wrong.add(new LinkedHashMap<>());
        }
        return wrong;
    }

    /** A valid form, with {@code value} in {@code field} and whatever makes that field count. */
    private static Map<String, Object> answersWith(String form, String field, String value) {
        Map<String, Object> answers;
        if (form.equals(ContactController.PATH)) {
            answers = new LinkedHashMap<>(Forms.validContact());
            if (METHOD_OF.containsKey(field)) {
                answers.put("method", METHOD_OF.get(field));
                answers.put("trustedName", "Alex");
                answers.put("bslContact", "name@example.com");
            }
        } else {
            answers = new LinkedHashMap<>(Forms.validConcern());
            if (field.startsWith("reporter")) {
                answers.put("callBack", "yes");
            }
        }
        answers.put(field, value);
        return answers;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x3D;", "=").replace("&amp;", "&");
    }
}
