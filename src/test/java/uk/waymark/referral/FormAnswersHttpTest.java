package uk.waymark.referral;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form a browser sends without the portal's script is never answered with a page: the
 * browser would keep the post's body (what the person wrote) with that page, in its session
 * files. It is sent to its answers instead, kept sealed in the database; a script's fetch still
 * gets the page at once.
 */
@MicronautTest
class FormAnswersHttpTest implements TestPropertyProvider {

    private static final String CODE_WORD = "Brackenfold";

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource database;

    private Forms forms;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("waymark.forms.rate-limit", "1000");
    }

    @BeforeEach
    void forms() {
        forms = new Forms(server.getPort());
    }

    @Test
    void aNavigationWithAProblemIsSentToItsAnswers_whichShowTheSameErrorsAndKeepEveryAnswer() throws Exception {
        String path = SitePage.CONTACT.path();
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.remove("voicemail");
        form.put("codeWord", CODE_WORD);
        form.put("token", forms.token(path));
        HttpResponse<String> sent = forms.post(path, Forms.encode(form), "Origin", forms.origin(), "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Site", "same-origin");
        assertEquals(303, sent.statusCode(), "no page answers a navigation's post");
        String answers = sent.headers().firstValue("Location").orElseThrow();
        assertTrue(answers.matches(path + "/answers/[0-9a-f]{32}"), answers);
        assertFalse(sent.body().contains(CODE_WORD));

        HttpResponse<String> shown = forms.get(answers);
        assertEquals(200, shown.statusCode());
        assertEquals("no-store", shown.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(shown.body().contains("<title>Error: "), "the same error state");
        assertTrue(shown.body().contains("Select yes if we can leave a message"), "the same message");
        assertTrue(shown.body().contains("value=\"" + CODE_WORD + "\""), "every answer kept");

        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT sealed FROM form_draft")) {
            while (rows.next()) {
                assertFalse(rows.getString(1).contains(CODE_WORD), "the answers are sealed in the database");
            }
        }
    }

    @Test
    void aStaleNavigationIsShownAgainWithTheStaleMessage() throws Exception {
        String path = SitePage.CONCERN.path();
        Map<String, Object> form = new LinkedHashMap<>(Forms.validConcern());
        form.put("token", "1.expired");
        HttpResponse<String> sent = forms.post(path, Forms.encode(form), "Origin", forms.origin(), "Sec-Fetch-Mode", "navigate");
        assertEquals(303, sent.statusCode());
        String body = forms.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(body.contains("This form was open for a long time"), body);
        assertTrue(body.contains("Shouting and a crash next door most nights"));
    }

    @Test
    void aScriptsFetchStillGetsThePageAtOnce() throws Exception {
        String path = SitePage.CONTACT.path();
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.remove("voicemail");
        form.put("token", forms.token(path));
        HttpResponse<String> sent = forms.post(path, Forms.encode(form), "Origin", forms.origin(), "Sec-Fetch-Mode", "cors");
        assertEquals(422, sent.statusCode());
        assertTrue(sent.body().contains("Select yes if we can leave a message"));
    }

    @Test
    void answersThatAreUnknownExpiredOrMalformedShowTheEmptyForm() throws Exception {
        for (String id : new String[] {"0123456789abcdef0123456789abcdef", "not-an-id", "0".repeat(5000)}) {
            HttpResponse<String> shown = forms.get(SitePage.CONTACT.path() + "/answers/" + id);
            assertEquals(200, shown.statusCode(), id);
            assertTrue(shown.body().contains("<form method=\"post\" action=\"" + SitePage.CONTACT.path() + "\""), id);
            assertFalse(shown.body().contains("<title>Error: "), id);
        }
    }

    @Test
    void answersKeptForOneFormAreNotShownOnTheOther() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validConcern());
        form.remove("children");
        form.put("token", forms.token(SitePage.CONCERN.path()));
        String answers = forms.post(SitePage.CONCERN.path(), Forms.encode(form), "Origin", forms.origin(), "Sec-Fetch-Mode", "navigate")
                .headers().firstValue("Location").orElseThrow();
        String id = answers.substring(answers.lastIndexOf('/') + 1);
        HttpResponse<String> other = forms.get(SitePage.CONTACT.path() + "/answers/" + id);
        assertEquals(200, other.statusCode());
        assertFalse(other.body().contains("<title>Error: "), "the empty contact form, not the report's answers");
    }
}
