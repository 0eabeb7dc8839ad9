package uk.waymark.referral;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.waymark.support.Forms;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-client rate limit: a 429 page that keeps every answer and shows the helplines. */
@MicronautTest
@Property(name = "waymark.forms.rate-limit", value = "2")
class RateLimitHttpTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aClientThatSendsTooManyFormsIsAskedToWaitAndKeepsItsAnswers() throws Exception {
        var forms = new Forms(server.getPort());
        Map<String, Object> concern = Forms.validConcern();
        assertEquals(303, forms.post("/report", concern).statusCode());
        assertEquals(303, forms.post("/contact", Forms.validContact()).statusCode());
        assertEquals(422, forms.post("/contact", Map.of()).statusCode(), "a form with problems is not counted");

        HttpResponse<String> limited = forms.post("/contact", Forms.validContact());
        assertEquals(429, limited.statusCode());
        assertEquals(List.of("send You have sent a lot of forms in a short time. Wait 10 minutes, then send this again: your answers "
                + "are still here. If you need help now, call one of the numbers at the top of the page."), ContactFormHttpTest.summary(limited.body()));
        assertTrue(limited.body().contains("value=\"bluebell\""), "answers kept");
        assertTrue(limited.body().contains("href=\"tel:999\"") && limited.body().contains("<strong>55</strong>"), "helplines shown");
        assertTrue(limited.body().contains("<title>Error: "));
    }
}
