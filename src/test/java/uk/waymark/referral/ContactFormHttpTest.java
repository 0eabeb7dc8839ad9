package uk.waymark.referral;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.Verification;
import uk.waymark.support.Forms;
import uk.waymark.support.HttpDates;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Contact us safely" over real HTTP: validation, the case it opens, and the confirmation. */
@MicronautTest
class ContactFormHttpTest {

    static final Pattern SUMMARY = Pattern.compile("<li><a href=\"#([A-Za-z]+)\">([^<]+)</a></li>");
    static final Pattern REFERENCE = Pattern.compile("<strong class=\"waymark-reference\">([^<]+)</strong>");

    @Inject
    EmbeddedServer server;

    @Inject
    IntakeCases cases;

    @Inject
    io.micronaut.context.ApplicationContext context;

    Forms forms;

    @BeforeEach
    void forms() {
        forms = new Forms(server.getPort());
    }

    @Test
    void onlyTheRoutesThatUseTheDatabaseLeaveTheEventLoop() {
        for (Class<?> controller : List.of(ContactController.class, ConcernController.class)) {
            java.util.Map<String, String> executors = new java.util.TreeMap<>();
            for (var method : context.getBeanDefinition(controller).getExecutableMethods()) {
                executors.put(method.getMethodName(), method.stringValue(io.micronaut.scheduling.annotation.ExecuteOn.class).orElse("event loop"));
            }
            assertEquals(java.util.Map.of("show", "event loop", "send", "blocking", "answers", "blocking", "sent", "event loop"),
                    executors, controller.getSimpleName());
        }
    }

    @Test
    void theFormPageShowsEveryQuestionWithoutJavaScriptAndSetsNoCookie() throws Exception {
        HttpResponse<String> page = forms.get("/contact");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(List.of(), page.headers().allValues("Set-Cookie"));
        String body = page.body();
        for (String field : List.of("name", "method", "phone", "mobile", "email", "bslContact", "relayPhone", "trustedName",
                "trustedPhone", "safeTimes", "safeTimesDetail", "voicemail", "sayWhoWeAre", "onlyYou", "codeWord", "unsafe",
                "housing", "children", "language", "interpreter", "staffGender", "help", "helpOther", "consent", "token", "website")) {
            assertTrue(body.contains("name=\"" + field + "\""), field + " is on the page");
        }
        assertTrue(body.contains("value=\"office:Clowne\""), "each office is a way to be contacted");
        assertTrue(body.indexOf("href=\"tel:999\"", body.indexOf("<main")) < body.indexOf("<form method=\"post\""),
                "emergency help comes before the form");
        assertFalse(body.contains("recaptcha"), "no reCAPTCHA unless a provider turns it on");
    }

    @Test
    void anEmptyFormGetsTheErrorSummaryInQuestionOrder() throws Exception {
        HttpResponse<String> response = forms.post("/contact", Map.of());
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("<title>Error: "));
        assertEquals(List.of(
                "method Select how we can contact you safely",
                "safeTimes Select when it is safe to contact you, or tell us in the box",
                "voicemail Select yes if we can leave a message",
                "sayWhoWeAre Select yes if we can say who we are",
                "housing Select which is true about your home",
                "children Select yes if children live with you",
                "consent Select yes if we can share your details with specialist services"), summary(response.body()));
    }

    @Test
    void onlyTheDetailsForTheChosenMethodAreCheckedAndEveryAnswerIsKept() throws Exception {
        Map<String, Object> form = Forms.validContact();
        form.put("phone", "01632 96");
        form.put("email", "not checked because email was not chosen");
        form.put("unsafe", "<script>alert('x')</script>");
        HttpResponse<String> response = forms.post("/contact", form);
        assertEquals(422, response.statusCode());
        assertEquals(List.of("phone Enter a phone number, like 01632 960 001 or 07700 900 982"), summary(response.body()));
        String body = response.body();
        assertTrue(body.contains("value=\"01632 96\""), "phone kept");
        assertTrue(body.contains("value=\"bluebell\""), "code word kept");
        assertTrue(body.contains("id=\"method\" name=\"method\" type=\"radio\" value=\"phone\" checked"), "method kept");
        assertTrue(body.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</textarea>"), "free text escaped");
        assertFalse(body.contains("<script>alert"), "never rendered as markup");
        assertTrue(body.contains("class=\"govuk-radios__conditional\" id=\"conditional-method\""), "the chosen method's field shows");
    }

    @Test
    void aValidFormOpensExactlyOneCaseAndRedirectsToASealedConfirmation() throws Exception {
        HttpResponse<String> response = forms.post("/contact", Forms.validContact());
        assertEquals(303, response.statusCode());
        HttpDates.assertDated(response.headers().allValues("Date"), "the answer to a sent form");
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/contact/sent/[A-Za-z0-9_-]{40,}"), location);
        for (Object value : Forms.validContact().values()) {
            assertFalse(location.contains(String.valueOf(value)), "the address holds no answer");
        }

        HttpResponse<String> confirmation = forms.get(location);
        assertEquals(200, confirmation.statusCode());
        HttpDates.assertDated(confirmation.headers().allValues("Date"), "the confirmation, made for this request");
        Matcher reference = REFERENCE.matcher(confirmation.body());
        assertTrue(reference.find());
        assertFalse(location.contains(reference.group(1)), "the address does not hold the reference");
        assertTrue(confirmation.body().contains("We will contact you within 48 hours by phone. Before anyone contacts you, the team will see what you told us about how and when it is safe."),
                "the provider's promise, for a tenant");
        assertTrue(confirmation.body().contains("Exit this page"));

        var stored = cases.find(new CaseReference(reference.group(1))).orElseThrow();
        assertEquals(CaseKind.SELF_REFERRAL, stored.kind());
        assertEquals(Verification.NOT_CHECKED, stored.verification());
        Map<String, Object> answers = stored.answers();
        assertEquals("contact", answers.keySet().iterator().next(), "how to make contact safely comes first");
        assertEquals(Map.of("method", "phone", "phone", "07911123456"), answers.get("contact"));
        assertEquals(List.of("weekday-mornings", "weekends"), answers.get("safeTimes"));
        assertEquals("bluebell", answers.get("codeWord"));
        assertEquals("He reads my texts in the evening", answers.get("unsafe"));
        assertFalse(answers.containsKey("email"), "details for other methods are not kept");
    }

    @Test
    void aNonTenantIsNotGivenThePromiseTheProviderMakesToTenantsOnly() throws Exception {
        Map<String, Object> form = Forms.validContact();
        form.put("housing", "may-become-homeless");
        form.put("method", "email");
        form.put("email", "safe@example.org");
        String confirmation = forms.get(forms.post("/contact", form).headers().firstValue("Location").orElseThrow()).body();
        assertTrue(confirmation.contains("We will contact you by email. Before anyone contacts you, the team will see what you told us about how and when it is safe."), confirmation);
    }

    @Test
    void phoneNumbersAreAcceptedWithOrWithoutPlus44AndSpaces() throws Exception {
        for (String written : List.of("+44 7911 123456", "07911123456", "+447911 123 456", "(01246) 242424")) {
            Map<String, Object> form = Forms.validContact();
            form.put("phone", written);
            assertEquals(303, forms.post("/contact", form).statusCode(), written);
        }
    }

    @Test
    void controlCharactersAreStrippedAndOverlongTextIsRefusedWithAClearMessage() throws Exception {
        Map<String, Object> form = Forms.validContact();
        form.put("codeWord", "blue\u0000bell\u202E");
        HttpResponse<String> sent = forms.post("/contact", form);
        assertEquals(303, sent.statusCode());
        Matcher reference = REFERENCE.matcher(forms.get(sent.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(reference.find());
        assertEquals("bluebell", cases.find(new CaseReference(reference.group(1))).orElseThrow().answers().get("codeWord"));

        form.put("unsafe", "x".repeat(1001));
        HttpResponse<String> tooLong = forms.post("/contact", form);
        assertEquals(422, tooLong.statusCode());
        assertEquals(List.of("unsafe What would make contact unsafe must be 1,000 characters or fewer"), summary(tooLong.body()));
    }

    @Test
    void eachMethodAsksForItsOwnDetails() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("text", List.of("mobile Enter a mobile number"));
        expected.put("email", List.of("email Enter an email address"));
        expected.put("bsl-video", List.of("bslContact Enter an email address or mobile number for the video call"));
        expected.put("relay-uk", List.of("relayPhone Enter the phone number we should call through Relay UK"));
        expected.put("trusted-person", List.of("trustedName Enter the name of the person you trust", "trustedPhone Enter their phone number"));
        for (var entry : expected.entrySet()) {
            Map<String, Object> form = Forms.validContact();
            form.remove("phone");
            form.put("method", entry.getKey());
            assertEquals(entry.getValue(), summary(forms.post("/contact", form).body()), entry.getKey());
        }
        Map<String, Object> office = Forms.validContact();
        office.remove("onlyYou");
        office.put("method", "office:Shirebrook");
        assertEquals(303, forms.post("/contact", office).statusCode(), "an office needs no other details");
    }

    @Test
    void anOldConfirmationAddressOrAnAlteredOneShowsAKindExpiredPage() throws Exception {
        String location = forms.post("/contact", Forms.validContact()).headers().firstValue("Location").orElseThrow();
        String altered = location.substring(0, location.length() - 10) + "AAAAAAAAAA";
        HttpResponse<String> response = forms.get(altered);
        assertEquals(410, response.statusCode());
        assertTrue(response.body().contains("This page has expired"));
        assertTrue(response.body().contains("href=\"tel:999\""));
        assertFalse(REFERENCE.matcher(response.body()).find());
    }

    static List<String> summary(String body) {
        return SUMMARY.matcher(body).results().map(m -> m.group(1) + " " + m.group(2)).toList();
    }
}
