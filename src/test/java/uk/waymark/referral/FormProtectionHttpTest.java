package uk.waymark.referral;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.Verification;
import uk.waymark.support.Forms;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-site protection without cookies (Sec-Fetch-Site, Origin against Host, a signed token
 * checked in the controller), the honeypot, and bad requests: never a 500, never a lost answer.
 */
@MicronautTest
class FormProtectionHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    IntakeCases cases;

    Forms forms;

    @BeforeEach
    void forms() {
        forms = new Forms(server.getPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sec-Fetch-Site:cross-site", "Sec-Fetch-Site:same-site", "Origin:https://evil.example",
            "Origin:null", "Origin:http://localhost:1"})
    void aPostFromAnotherSiteIsRefusedWithAKindPageAndOpensNoCase(String header) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.put("token", forms.token("/contact"));
        String[] nameValue = header.split(":", 2);
        HttpResponse<String> response = forms.post("/contact", Forms.encode(form), nameValue[0], nameValue[1]);
        assertEquals(403, response.statusCode(), header);
        assertTrue(response.body().contains("href=\"tel:999\""));
        assertFalse(response.body().contains("bluebell"), "nothing sent is echoed");
    }

    @Test
    void aSameOriginPostWithSecFetchSiteIsAccepted() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.put("token", forms.token("/contact"));
        assertEquals(303, forms.post("/contact", Forms.encode(form), "Sec-Fetch-Site", "same-origin").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "1.AAAA", "9999999999.abc"})
    void aMissingOrForgedTokenShowsTheFormAgainWithEveryAnswerKept(String token) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.put("token", token);
        HttpResponse<String> response = forms.post("/contact", form);
        assertEquals(422, response.statusCode());
        assertEquals(List.of("send This form was open for a long time, so for your safety we need you to send it again. "
                + "Check your answers, then select the button to send them."), ContactFormHttpTest.summary(response.body()));
        assertTrue(response.body().contains("value=\"bluebell\""), "answers kept");
        assertTrue(response.body().contains("value=\"07911 123456\""), "answers kept");
    }

    @Test
    void aTokenForOneFormDoesNotWorkForTheOther() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.put("token", forms.token("/report"));
        assertEquals(422, forms.post("/contact", form).statusCode());
    }

    @Test
    void aFilledHoneypotStillOpensTheCaseButMarksItForAPersonToCheck() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.put("website", "https://spam.example");
        HttpResponse<String> response = forms.post("/contact", form);
        assertEquals(303, response.statusCode());
        Matcher reference = ContactFormHttpTest.REFERENCE.matcher(forms.get(response.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(reference.find());
        var stored = cases.find(new CaseReference(reference.group(1))).orElseThrow();
        assertEquals(Verification.UNVERIFIED, stored.verification());
        assertFalse(stored.answers().containsKey("website"), "the honeypot's value is not kept");
    }

    @Test
    void anOversizedFormGetsTheTooLongPage() throws Exception {
        HttpResponse<String> response = forms.post("/contact", "unsafe=" + "a".repeat(70_000), "Origin", forms.origin());
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("What you sent is too long"));
        assertTrue(response.body().contains("href=\"tel:999\""));
    }

    @Test
    void aMalformedFormGetsTheBadRequestPage() throws Exception {
        HttpResponse<String> response = forms.post("/contact", "name=%E0%A4%A&method=%%%", "Origin", forms.origin());
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422, "answered " + response.statusCode());
        assertTrue(response.body().contains("href=\"tel:999\""));
        assertFalse(response.body().contains("\tat "), "no stack trace");
    }

    @Test
    void aBodyThatIsNotAFormGetsTheUnsupportedPage() throws Exception {
        HttpResponse<String> response = forms.post("/contact", "{\"name\":\"x\"}", "Origin", forms.origin(),
                "Content-Type", "application/json");
        assertEquals(415, response.statusCode());
        assertTrue(response.body().contains("href=\"tel:999\""));
    }
}
