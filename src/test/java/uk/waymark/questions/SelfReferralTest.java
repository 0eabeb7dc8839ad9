package uk.waymark.questions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.PackLoader;
import uk.waymark.content.Provider;
import uk.waymark.support.FormFixtures;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Contact us safely" below HTTP: every message of every question, and what a case keeps. */
class SelfReferralTest {

    /** Bolsover offers every method, and four offices. */
    private static final Provider BOLSOVER = new PackLoader(Path.of("content")).load("bolsover").provider();
    private static final Provider ASHFIELD = new PackLoader(Path.of("content")).load("ashfield").provider();
    private static final Form FORM = SelfReferral.form(BOLSOVER);

    private static FormFixtures valid() {
        return FormFixtures.valid(FORM);
    }

    private static Map<String, String> problems(Map<String, Object> post) {
        Map<String, String> problems = new LinkedHashMap<>();
        FORM.read(new FormData(post)).problems().summary().forEach(line -> problems.put(line.href().substring(1), line.text()));
        return problems;
    }

    @Test
    void aGoodPostHasNoProblems() {
        assertEquals(Map.of(), problems(valid().post()));
        for (String method : List.of("phone", "text", "email", "bsl-video", "relay-uk", "trusted-person", "office:Clowne")) {
            assertEquals(Map.of(), problems(valid().with("method", method).post()), method);
        }
    }

    static Stream<Arguments> oneProblemEach() {
        String x101 = "x".repeat(101);
        String x1001 = "x".repeat(1001);
        return Stream.of(
                problem("method", f -> f.without("method"), "Select how we can contact you safely"),
                problem("method", f -> f.with("method", "office:Nowhere"), "Select how we can contact you safely"),
                problem("phone", f -> f.with("phone", ""), "Enter a phone number"),
                problem("phone", f -> f.with("phone", "12345"), "Enter a phone number, like 01632 960 001 or 07700 900 982"),
                problem("phone", f -> f.with("phone", "0".repeat(101)), "Enter a phone number, like 01632 960 001 or 07700 900 982"),
                problem("mobile", f -> f.with("method", "text").with("mobile", ""), "Enter a mobile number"),
                problem("mobile", f -> f.with("method", "text").with("mobile", "01632 960 001"), "Enter a UK mobile number, like 07700 900 982"),
                problem("email", f -> f.with("method", "email").with("email", ""), "Enter an email address"),
                problem("email", f -> f.with("method", "email").with("email", "sam.example.org"),
                        "Enter an email address in the correct format, like name@example.com"),
                problem("email", f -> f.with("method", "email").with("email", "a".repeat(250) + "@b.org"),
                        "The email address must be 254 characters or fewer"),
                problem("bslContact", f -> f.with("method", "bsl-video").with("bslContact", ""),
                        "Enter an email address or mobile number for the video call"),
                problem("bslContact", f -> f.with("method", "bsl-video").with("bslContact", x101),
                        "The email address or mobile number must be 100 characters or fewer"),
                problem("relayPhone", f -> f.with("method", "relay-uk").with("relayPhone", ""),
                        "Enter the phone number we should call through Relay UK"),
                problem("relayPhone", f -> f.with("method", "relay-uk").with("relayPhone", "999999"),
                        "Enter the phone number we should call through Relay UK, like 01632 960 001"),
                problem("trustedName", f -> f.with("method", "trusted-person").with("trustedName", ""),
                        "Enter the name of the person you trust"),
                problem("trustedName", f -> f.with("method", "trusted-person").with("trustedName", x101),
                        "Their name must be 100 characters or fewer"),
                problem("trustedPhone", f -> f.with("method", "trusted-person").with("trustedPhone", ""), "Enter their phone number"),
                problem("trustedPhone", f -> f.with("method", "trusted-person").with("trustedPhone", "0800"),
                        "Enter their phone number, like 01632 960 001 or 07700 900 982"),
                problem("safeTimes", f -> f.without("safeTimes").without("safeTimesDetail"),
                        "Select when it is safe to contact you, or tell us in the box"),
                problem("safeTimesDetail", f -> f.with("safeTimesDetail", x1001), "When it is safe must be 1,000 characters or fewer"),
                problem("voicemail", f -> f.without("voicemail"), "Select yes if we can leave a message"),
                problem("voicemail", f -> f.with("voicemail", "maybe"), "Select yes if we can leave a message"),
                problem("sayWhoWeAre", f -> f.without("sayWhoWeAre"), "Select yes if we can say who we are"),
                problem("onlyYou", f -> f.without("onlyYou"), "Select yes if only you use this phone or email"),
                problem("codeWord", f -> f.with("codeWord", x101), "The code word must be 100 characters or fewer"),
                problem("unsafe", f -> f.with("unsafe", x1001), "What would make contact unsafe must be 1,000 characters or fewer"),
                problem("name", f -> f.with("name", x101), "What we should call you must be 100 characters or fewer"),
                problem("housing", f -> f.without("housing"), "Select which is true about your home"),
                problem("children", f -> f.without("children"), "Select yes if children live with you"),
                problem("language", f -> f.with("language", x101), "The language must be 100 characters or fewer"),
                problem("helpOther", f -> f.with("helpOther", x1001), "What other help you want must be 1,000 characters or fewer"),
                problem("consent", f -> f.without("consent"), "Select yes if we can share your details with specialist services"));
    }

    private static Arguments problem(String field, UnaryOperator<FormFixtures> change, String message) {
        return Arguments.of(field, change, message);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("oneProblemEach")
    void eachQuestionSaysWhatIsWrongInItsOwnWords(String field, UnaryOperator<FormFixtures> change, String message) {
        assertEquals(Map.of(field, message), problems(change.apply(valid()).post()));
    }

    @Test
    void conditionalQuestionsAskOnlyWhenTheyApply() {
        // The box is enough for when it is safe; only a phone, inbox or device can be shared.
        assertEquals(Map.of(), problems(valid().without("safeTimes").with("safeTimesDetail", "Tuesdays").post()));
        assertEquals(Map.of(), problems(valid().with("method", "trusted-person").without("onlyYou").post()));
        assertEquals(Map.of(), problems(valid().with("method", "office:Clowne").without("onlyYou").post()));
        // Another method's details are neither checked nor kept.
        Map<String, Object> post = valid().with("method", "email").with("phone", "not a number").post();
        assertEquals(Map.of(), problems(post));
        assertEquals(Map.of("method", "email", "email", "name@example.com"), FORM.read(new FormData(post)).kept().get("contact"));
    }

    @Test
    void nothingAnsweredListsEveryRequiredQuestionInPageOrder() {
        assertEquals(List.of("method", "safeTimes", "voicemail", "sayWhoWeAre", "housing", "children", "consent"),
                List.copyOf(problems(Map.of()).keySet()));
    }

    @Test
    void theCaseKeepsSafeContactInstructionsFirstThenTheRestInPageOrder() {
        Map<String, Object> post = valid()
                .with("method", "trusted-person").with("trustedName", "Alex").with("trustedPhone", "+44 7700 900 982")
                .with("safeTimes", List.of("weekends", "weekday-mornings")).with("safeTimesDetail", "  Only before 10am  ")
                .with("voicemail", "no").with("codeWord", "bluebell").with("name", "").with("staffGender", "woman")
                .with("help", List.of("something-else", "moving")).with("helpOther", "Advice").post();
        Answers answers = FORM.read(new FormData(post));
        Map<String, Object> kept = answers.kept();
        assertEquals(List.of("contact", "safeTimes", "safeTimesDetail", "voicemail", "sayWhoWeAre", "onlyYou", "codeWord", "unsafe",
                "housing", "children", "language", "interpreter", "staffGender", "help", "helpOther", "consent"), List.copyOf(kept.keySet()));
        assertEquals(Map.of("method", "trusted-person", "trustedName", "Alex", "trustedPhone", "07700900982"), kept.get("contact"));
        assertEquals(List.of("weekday-mornings", "weekends"), kept.get("safeTimes"), "in the form's order");
        assertEquals("Only before 10am", kept.get("safeTimesDetail"));
        assertEquals(List.of("moving", "something-else"), kept.get("help"));
        assertEquals(ContactMethod.TRUSTED_PERSON, answers.contactMethod());
        assertEquals(List.of("contact", "safeTimes", "safeTimesDetail", "voicemail", "sayWhoWeAre", "onlyYou", "codeWord", "unsafe"),
                FORM.keys(Part.SAFE_CONTACT));
    }

    @Test
    void anOfficeIsKeptWithItsName() {
        Answers answers = FORM.read(new FormData(valid().with("method", "office:South Normanton").post()));
        assertEquals(Map.of("method", "office", "office", "South Normanton"), answers.kept().get("contact"));
        assertEquals(ContactMethod.OFFICE, answers.contactMethod());
    }

    @Test
    void onlyTheProvidersOwnMethodsAreOfferedOrAccepted() {
        Form ashfield = SelfReferral.form(ASHFIELD);
        ChoiceQuestion method = (ChoiceQuestion) ashfield.questions().get(0);
        assertEquals(List.of("phone", "text", "email", "trusted-person"), method.values());
        Map<String, Object> relay = FormFixtures.valid(ashfield).with("method", "relay-uk").post();
        relay.put("relayPhone", "01632 960 001"); // a question Ashfield's form does not ask
        assertEquals("Select how we can contact you safely", ashfield.read(new FormData(relay)).problems().of("method"));
        assertEquals(List.of("phone", "text", "email", "bsl-video", "relay-uk", "trusted-person", "office:Clowne", "office:Bolsover",
                "office:Shirebrook", "office:South Normanton"), ((ChoiceQuestion) FORM.questions().get(0)).values());
    }

    @Test
    void tenancyFollowsTheHousingAnswer() {
        assertTrue(FORM.read(new FormData(valid().with("housing", "tenant").post())).tenant());
        assertFalse(FORM.read(new FormData(valid().with("housing", "not-tenant").post())).tenant());
        assertTrue(((ChoiceQuestion) FORM.all().stream().filter(q -> q.name().equals("housing")).findFirst().orElseThrow())
                .options().get(0).label().endsWith(BOLSOVER.name()));
    }
}
