package uk.waymark.referral;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.StoredCase;
import uk.waymark.support.Forms;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Report a concern" over real HTTP: anonymous by default, with optional safe contact details. */
@MicronautTest
class ConcernFormHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    IntakeCases cases;

    Forms forms;

    @BeforeEach
    void forms() {
        forms = new Forms(server.getPort());
    }

    @Test
    void anEmptyFormGetsTheErrorSummary() throws Exception {
        HttpResponse<String> response = forms.post("/report", Map.of());
        assertEquals(422, response.statusCode());
        assertEquals(List.of("relationship Select how you know the person", "noticed Enter what you have noticed",
                "children Select yes if children live there"), ContactFormHttpTest.summary(response.body()));
    }

    @Test
    void aReportIsAnonymousUnlessThePersonAsksToBeContacted() throws Exception {
        var stored = send(Forms.validConcern());
        assertEquals(CaseKind.CONCERN, stored.kind());
        assertEquals(Map.of("method", "none"), stored.answers().get("contact"));
        assertEquals("Shouting and a crash next door most nights", stored.answers().get("noticed"));
    }

    @Test
    void someoneWhoWantsACallBackMustSayHowAndCanStayNameless() throws Exception {
        Map<String, Object> form = Forms.validConcern();
        form.put("callBack", "yes");
        HttpResponse<String> missing = forms.post("/report", form);
        assertEquals(List.of("reporterPhone Enter a phone number or an email address so we can contact you"),
                ContactFormHttpTest.summary(missing.body()));

        form.put("reporterPhone", "+44 1246 242424");
        form.put("reporterSafeTimes", "Evenings");
        var stored = send(form);
        assertEquals(Map.of("method", "phone", "phone", "01246242424", "safeTimes", "Evenings"), stored.answers().get("contact"));
    }

    @Test
    void theConfirmationSaysWeWillNotBeInTouchWhenAnonymous() throws Exception {
        HttpResponse<String> sent = forms.post("/report", Forms.validConcern());
        String page = forms.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("You asked us not to contact you, so we will not be in touch."), page);
        assertFalse(page.contains("Shouting"), "what was reported is not shown again");
    }

    private StoredCase send(Map<String, Object> form) throws Exception {
        HttpResponse<String> response = forms.post("/report", form);
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/report/sent/"));
        Matcher reference = ContactFormHttpTest.REFERENCE.matcher(forms.get(location).body());
        assertTrue(reference.find());
        return cases.find(new CaseReference(reference.group(1))).orElseThrow();
    }
}
