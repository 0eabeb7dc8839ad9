package uk.waymark.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.waymark.intake.IntakeCases;
import uk.waymark.web.forms.FormDrafts;
import uk.waymark.web.forms.RateLimiter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * No visitor waits for a page that is the same for everyone to be rendered: each is kept before
 * the server takes its first request ({@link KeptAtStart}), so even the first request for it is
 * sent from what was kept. A portal of its own, which nothing else has asked anything.
 */
@MicronautTest
class KeptAtStartHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DirectPages direct;

    @Inject
    ApplicationContext context;

    /**
     * The forms are kept on a thread that does not wait for the database; the beans a post needs
     * from it are still made as the portal starts, so the first post does not make them.
     */
    @Test
    void theBeansAPostNeedsAreMadeBeforeTheFirstRequest() {
        for (Class<?> type : List.of(IntakeCases.class, FormDrafts.class, RateLimiter.class)) {
            assertFalse(context.getActiveBeanRegistrations(type).isEmpty(), type.getSimpleName() + " was not made at start");
        }
    }

    @Test
    void everyPageTheSameForEveryoneIsKeptBeforeTheFirstRequest() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> pages = List.of("/", "/information", "/information/how-to-tell-us", "/services", "/contact", "/report",
                "/changing", "/bsl-and-relay-uk", "/another-format", "/online", "/accessibility", "/privacy");
        for (String page : pages) {
            long before = direct.answered();
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + page))
                    .header("Accept-Encoding", "br").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), page);
            assertEquals(before + 1, direct.answered(), page + " was not kept before it was first asked for");
        }
    }
}
