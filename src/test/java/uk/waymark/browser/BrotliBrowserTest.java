package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.PackPortal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chromium asks the portal for Brotli (it does from localhost, as over HTTPS), and what it
 * receives is the portal's Brotli, which it decodes into the very bytes of the page and of each
 * asset: the sizes its Resource Timing gives, before and after decoding, are those of the
 * portal's Brotli and plain answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrotliBrowserTest {

    /** The page's and every same-origin resource's address and sizes, as Chromium received them. */
    private static final String RECEIVED = """
            return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
              .filter(e => e.name.startsWith(location.origin + '/'))
              .map(e => [new URL(e.name).pathname, e.encodedBodySize, e.decodedBodySize])
            """;

    private final Browser browser = Browser.withJavaScript();
    private final HttpClient client = HttpClient.newHttpClient();
    private PackPortal portal;

    @BeforeAll
    void start() {
        portal = PackPortal.start("bolsover", Map.of());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void chromiumIsSentThePortalsBrotliAndDecodesItIntoTheSameBytes() throws Exception {
        browser.fresh().open(portal.url("/"));
        browser.waitFor(driver -> ((List<?>) driver.executeScript(RECEIVED)).size() >= 4);

        List<String> checked = new ArrayList<>();
        for (Object entry : (List<?>) browser.script(RECEIVED)) {
            List<?> fields = (List<?>) entry;
            String path = (String) fields.get(0);
            long encoded = ((Number) fields.get(1)).longValue();
            long decoded = ((Number) fields.get(2)).longValue();
            HttpResponse<byte[]> brotli = get(path, "br");
            assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null), path);
            assertEquals(brotli.body().length, encoded, path + ": Chromium received the portal's Brotli");
            assertEquals(get(path, "identity").body().length, decoded, path + ": and decoded it into the page's own bytes");
            checked.add(path);
        }
        assertTrue(checked.contains("/") && checked.stream().filter(p -> p.startsWith("/assets/")).count() >= 3,
                "the page, its style sheet and its two scripts: " + checked);
        assertFalse(browser.heading().isEmpty(), "the page Chromium decoded is shown, its heading and all");
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Accept-Encoding", encoding).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
