package uk.waymark.referral;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.Verification;
import uk.waymark.support.FakeSiteverify;
import uk.waymark.support.Forms;
import uk.waymark.web.SafetyHeaders;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * reCAPTCHA v3 turned on, against a local fake siteverify: a person's score verifies the case;
 * anything doubtful marks it unverified, and no case is ever dropped.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecaptchaHttpTest implements TestPropertyProvider {

    private final FakeSiteverify siteverify = new FakeSiteverify();

    @Inject
    EmbeddedServer server;

    @Inject
    IntakeCases cases;

    Forms forms;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("waymark.recaptcha.enabled", "true", "waymark.recaptcha.site-key", "test-site-key",
                "waymark.recaptcha.secret", "test-secret", "waymark.recaptcha.threshold", "0.5",
                "waymark.recaptcha.verify-url", siteverify.url());
    }

    @AfterAll
    void stop() {
        siteverify.close();
    }

    @BeforeEach
    void forms() {
        forms = new Forms(server.getPort());
    }

    @Test
    void onlyFormPagesLoadTheScript_whileEveryPageAllowsIt_sinceAVisitIsOneDocument() throws Exception {
        for (String form : new String[] {SitePage.CONTACT.path(), SitePage.CONCERN.path()}) {
            HttpResponse<String> page = forms.get(form);
            assertTrue(page.body().contains("<script src=\"https://www.recaptcha.net/recaptcha/api.js?render&#x3D;test-site-key\" async>"), form);
            assertEquals(SafetyHeaders.CONTENT_SECURITY_POLICY_WITH_RECAPTCHA, page.headers().firstValue("Content-Security-Policy").orElse(null));
        }
        HttpResponse<String> home = forms.get("/");
        assertFalse(home.body().contains("recaptcha.net"), "no script on pages without a form");
        assertTrue(home.body().contains("Its forms use Google reCAPTCHA"), "the footer says the forms use it");
        assertEquals(SafetyHeaders.CONTENT_SECURITY_POLICY_WITH_RECAPTCHA, home.headers().firstValue("Content-Security-Policy").orElse(null),
                "a visit that starts on the home page and moves to a form in place keeps the home page's policy");
    }

    @ParameterizedTest(name = "siteverify {0} {1} after {2} ms: {3}")
    @CsvSource(delimiter = ';', value = {
            "200; {\"success\":true,\"score\":0.9,\"action\":\"contact\"}; 0; VERIFIED",
            "200; {\"success\":true,\"score\":0.2,\"action\":\"contact\"}; 0; UNVERIFIED",
            "200; {\"success\":true,\"score\":0.9,\"action\":\"concern\"}; 0; UNVERIFIED",
            "200; {\"success\":false,\"error-codes\":[\"invalid-input-response\"]}; 0; UNVERIFIED",
            "500; oops; 0; UNVERIFIED",
            "200; not json; 0; UNVERIFIED",
            "200; {\"success\":true,\"score\":0.9,\"action\":\"contact\"}; 3500; UNVERIFIED"})
    void theVerdictMarksTheCaseButNeverDropsIt(int status, String body, long delay, Verification expected) throws Exception {
        siteverify.answer(status, body, delay);
        Map<String, Object> form = Forms.validContact();
        form.put("g-recaptcha-response", "token-from-the-page");
        assertEquals(expected, send(form));
        Map<String, String> last = siteverify.received().get(siteverify.received().size() - 1);
        assertEquals("test-secret", last.get("secret"));
        assertEquals("token-from-the-page", last.get("response"));
    }

    @Test
    void aFormSentWithoutAToken_asWithoutJavaScript_isKeptAsUnverifiedWithoutAskingGoogle() throws Exception {
        int before = siteverify.received().size();
        assertEquals(Verification.UNVERIFIED, send(Forms.validContact()));
        assertEquals(before, siteverify.received().size());
    }

    private Verification send(Map<String, Object> form) throws Exception {
        HttpResponse<String> response = forms.post("/contact", form);
        assertEquals(303, response.statusCode());
        Matcher reference = ContactFormHttpTest.REFERENCE.matcher(forms.get(response.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(reference.find());
        return cases.find(new CaseReference(reference.group(1))).orElseThrow().verification();
    }
}
