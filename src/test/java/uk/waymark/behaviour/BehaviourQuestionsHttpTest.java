package uk.waymark.behaviour;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour questions over HTTP, with the Bolsover pack: Changes (over 18, not on bail,
 * recognises the behaviour, standard or medium risk) and the 180° Project (high risk).
 */
@MicronautTest
class BehaviourQuestionsHttpTest {

    private static final Pattern SERVICE = Pattern.compile("<h3 class=\"govuk-heading-m\">([^<]+)</h3>");

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}, police {1}, {2}, harm {3}: {4}")
    @CsvSource(delimiter = ';', value = {
            "18-or-over; no; recognise; no; The Changes project",
            "18-or-over; no; recognise; yes; The 180° Project",
            "18-or-over; no; not-yet; yes; The 180° Project",
            "18-or-over; no; not-yet; no; ",
            "18-or-over; yes; recognise; no; ",
            "18-or-over; not-sure; recognise; no; The Changes project",
            "18-or-over; no; recognise; not-sure; The Changes project|The 180° Project",
            "under-18; no; recognise; no; ",
            "under-18; no; recognise; yes; The 180° Project"})
    void answersLeadToTheProgrammesWhoseCriteriaFitAndAlwaysToTheRespectPhoneline(String age, String police, String recognise,
                                                                                   String harm, String expected) throws Exception {
        HttpResponse<String> response = post("age=" + age + "&police=" + police + "&recognise=" + recognise + "&harm=" + harm);
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        List<String> shown = SERVICE.matcher(response.body()).results().map(m -> m.group(1)).toList();
        assertEquals("Respect Phoneline", shown.get(0), "the Respect Phoneline comes first, whatever the answers");
        List<String> programmes = shown.stream().filter(s -> s.startsWith("The ")).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split("\\|")), programmes);
        if (expected == null) {
            assertTrue(response.body().contains("None of the local programmes in our policy fits your answers"));
        }
    }

    @Test
    void notSureAboutBailKeepsChangesInWithSomethingToCheck() throws Exception {
        String body = post("age=18-or-over&police=not-sure&recognise=recognise&harm=no").body();
        assertTrue(body.contains("It is not for people on bail or under police investigation. Check with them"), body);
    }

    @Test
    void unansweredQuestionsGetTheErrorSummaryAndKeepTheAnswersGiven() throws Exception {
        HttpResponse<String> response = post("age=18-or-over&harm=yes");
        assertEquals(422, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("<title>Error: "), "title starts with Error:");
        assertTrue(body.contains("There is a problem"));
        Matcher links = Pattern.compile("<li><a href=\"(#[a-z]+)\">([^<]+)</a></li>").matcher(body);
        List<String> summary = links.results().map(m -> m.group(1) + " " + m.group(2)).toList();
        assertEquals(List.of("#police Select yes if you are on bail or the police are investigating you",
                "#recognise Select the answer closest to how you feel"), summary);
        assertTrue(body.contains("<p id=\"police-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select yes if you are on bail"));
        assertTrue(body.contains("id=\"age-2\" name=\"age\" type=\"radio\" value=\"18-or-over\" checked"), "age kept");
        assertTrue(body.contains("id=\"harm\" name=\"harm\" type=\"radio\" value=\"yes\" checked"), "harm kept");
        assertTrue(body.contains("aria-describedby=\"police-error\""));
    }

    @Test
    void valuesNotOfferedAreTreatedAsUnanswered() throws Exception {
        HttpResponse<String> response = post("age=42&police=maybe&recognise=recognise&harm=<script>");
        assertEquals(422, response.statusCode());
        assertFalse(response.body().contains("<script>"), "nothing posted is echoed unescaped");
    }

    @Test
    void theAnswersNeverAppearInTheAddress() throws Exception {
        String form = get("/changing/questions").body();
        assertTrue(form.contains("<form method=\"post\" action=\"/changing/questions\""), form);
        assertTrue(get("/changing").body().contains("href=\"/changing/questions\""), "the behaviour page links to the questions");
    }

    @Test
    void answersSentWithoutTheScriptGoOnToAnAddressHoldingThemSealed() throws Exception {
        HttpResponse<String> sent = client.send(request("/changing/questions").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Mode", "navigate")
                .POST(HttpRequest.BodyPublishers.ofString("age=18-or-over&police=yes&recognise=recognise&harm=yes")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, sent.statusCode(), "no page answers a navigation's post: the browser would keep its body");
        String address = sent.headers().firstValue("Location").orElseThrow();
        assertTrue(address.matches("/changing/questions/[0-9a-f]+"), address);
        for (String answer : List.of("18-or-over", "yes", "recognise")) {
            assertFalse(address.contains(answer), "the address holds no answer in clear");
        }
        HttpResponse<String> shown = get(address);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Respect Phoneline"), "the suggestions, as if just sent");
        assertFalse(shown.body().contains("The Changes project"), "on bail: Changes is not suggested");

        HttpResponse<String> tampered = get(address.substring(0, address.length() - 2) + "00");
        assertEquals(200, tampered.statusCode());
        assertTrue(tampered.body().contains("action=\"/changing/questions\""), "an altered or expired address shows the questions");
    }

    @Test
    void aBodyThatIsNotAFormGetsAKindPage() throws Exception {
        HttpResponse<String> response = client.send(request("/changing/questions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"age\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertTrue(response.body().contains("href=\"tel:999\""));
    }

    private HttpResponse<String> post(String form) throws Exception {
        return client.send(request("/changing/questions").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
    }
}
