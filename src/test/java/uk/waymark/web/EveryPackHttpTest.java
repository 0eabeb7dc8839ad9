package uk.waymark.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.Pack;
import uk.waymark.support.PackPortal;
import uk.waymark.support.PortalPages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every pack, deployed as a provider would deploy it, renders every one of its pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPackHttpTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<PackPortal> started = new ArrayList<>();

    List<String> packs() {
        return PackPortal.packs();
    }

    @AfterAll
    void stop() {
        started.forEach(PackPortal::close);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPageOfThePackRendersInTheLayoutWithItsProvidersName(String id) throws Exception {
        PackPortal portal = PackPortal.start(id, Map.of());
        started.add(portal);
        Pack pack = portal.pack();
        List<String> problems = new ArrayList<>();
        for (String path : PortalPages.of(pack)) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            int expected = path.equals(PortalPages.MISSING) ? 404 : 200;
            if (response.statusCode() != expected) {
                problems.add(path + " answered " + response.statusCode());
            }
            for (String needed : List.of("govuk-exit-this-page__button", "href=\"tel:999\"", " – " + escaped(pack.provider().name()) + "</title>",
                    "href=\"" + pack.provider().helpline24h().phones().get(0).href() + "\"", "href=\"/another-format\"")) {
                if (!body.contains(needed)) {
                    problems.add(path + " lacks " + needed);
                }
            }
            boolean offersFormats = !pack.provider().formats().isEmpty();
            if (body.contains("Ask for this information in another format</a>") != offersFormats
                    || body.contains("Other formats and languages</a>") == offersFormats) {
                problems.add(path + " offers other formats its policy does not name, or hides those it does");
            }
            if (body.contains("href=\"\"")) {
                problems.add(path + " has a link that goes nowhere");
            }
        }
        assertEquals(List.of(), problems, id);
    }

    /** Text as Handlebars escapes it into HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;").replace("`", "&#x60;").replace("=", "&#x3D;");
    }
}
