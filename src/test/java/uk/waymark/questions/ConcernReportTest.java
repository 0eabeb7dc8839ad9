package uk.waymark.questions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.support.FormFixtures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** "Report a concern" below HTTP: every message, and the contact details an anonymous or named report keeps. */
class ConcernReportTest {

    private static final Form FORM = ConcernReport.FORM;

    private static FormFixtures anonymous() {
        return FormFixtures.valid(FORM);
    }

    private static FormFixtures callMeBack() {
        return FormFixtures.valid(FORM).with("callBack", "yes");
    }

    private static Map<String, String> problems(Map<String, Object> post) {
        Map<String, String> problems = new LinkedHashMap<>();
        FORM.read(new FormData(post)).problems().summary().forEach(line -> problems.put(line.href().substring(1), line.text()));
        return problems;
    }

    static Stream<Arguments> oneProblemEach() {
        return Stream.of(
                Arguments.of("relationship", (UnaryOperator<FormFixtures>) f -> f.without("relationship"), "Select how you know the person"),
                Arguments.of("noticed", (UnaryOperator<FormFixtures>) f -> f.with("noticed", " "), "Enter what you have noticed"),
                Arguments.of("noticed", (UnaryOperator<FormFixtures>) f -> f.with("noticed", "x".repeat(2001)),
                        "What you have noticed must be 2,000 characters or fewer"),
                Arguments.of("where", (UnaryOperator<FormFixtures>) f -> f.with("where", "x".repeat(201)),
                        "Where they live must be 200 characters or fewer"),
                Arguments.of("children", (UnaryOperator<FormFixtures>) f -> f.without("children"), "Select yes if children live there"),
                Arguments.of("reporterName", (UnaryOperator<FormFixtures>) f -> f.with("callBack", "yes").with("reporterName", "x".repeat(101)),
                        "Your name must be 100 characters or fewer"),
                Arguments.of("reporterPhone", (UnaryOperator<FormFixtures>) f -> f.with("callBack", "yes").with("reporterPhone", "")
                        .with("reporterEmail", ""), "Enter a phone number or an email address so we can contact you"),
                Arguments.of("reporterPhone", (UnaryOperator<FormFixtures>) f -> f.with("callBack", "yes").with("reporterPhone", "123"),
                        "Enter a phone number, like 01632 960 001 or 07700 900 982"),
                Arguments.of("reporterEmail", (UnaryOperator<FormFixtures>) f -> f.with("callBack", "yes").with("reporterEmail", "sam@"),
                        "Enter an email address in the correct format, like name@example.com"),
                Arguments.of("reporterEmail", (UnaryOperator<FormFixtures>) f -> f.with("callBack", "yes")
                        .with("reporterEmail", "a".repeat(250) + "@b.org"), "Your email address must be 254 characters or fewer"),
                Arguments.of("reporterSafeTimes", (UnaryOperator<FormFixtures>) f -> f.with("callBack", "yes")
                        .with("reporterSafeTimes", "x".repeat(501)), "When it is safe to contact you must be 500 characters or fewer"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("oneProblemEach")
    void eachQuestionSaysWhatIsWrongInItsOwnWords(String field, UnaryOperator<FormFixtures> change, String message) {
        assertEquals(Map.of(field, message), problems(change.apply(anonymous()).post()));
    }

    @Test
    void anAnonymousReportIsNotAskedForContactDetailsNorKeepsThem() {
        Map<String, Object> post = anonymous().with("callBack", "no").with("reporterPhone", "not a number").post();
        assertEquals(Map.of(), problems(post));
        Answers answers = FORM.read(new FormData(post));
        assertEquals(Map.of("method", "none"), answers.kept().get("contact"));
        assertEquals(ContactMethod.NONE, answers.contactMethod());
        assertEquals(ContactMethod.NONE, FORM.read(new FormData(anonymous().without("callBack").post())).contactMethod());
        assertFalse(answers.tenant());
    }

    @Test
    void aReportThatAsksForContactKeepsHowUnderContact() {
        Answers phone = FORM.read(new FormData(callMeBack().with("reporterName", "Jo").with("reporterEmail", "").post()));
        assertEquals(Map.of("method", "phone", "name", "Jo", "phone", "01632960001", "safeTimes", "Some words for reporterSafeTimes"),
                phone.kept().get("contact"));
        Answers email = FORM.read(new FormData(callMeBack().with("reporterPhone", "").post()));
        assertEquals(ContactMethod.EMAIL, email.contactMethod());
        assertEquals("name@example.com", ((Map<?, ?>) email.kept().get("contact")).get("email"));
    }

    @Test
    void theCaseKeepsContactFirstThenTheConcernInPageOrder() {
        Map<String, Object> kept = FORM.read(new FormData(anonymous().post())).kept();
        assertEquals(List.of("contact", "relationship", "noticed", "where", "children"), List.copyOf(kept.keySet()));
        assertEquals(List.of("contact"), FORM.keys(Part.SAFE_CONTACT));
    }

    @Test
    void nothingAnsweredListsEveryRequiredQuestionInPageOrder() {
        assertEquals(List.of("relationship", "noticed", "children"), List.copyOf(problems(Map.of()).keySet()));
    }
}
