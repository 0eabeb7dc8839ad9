package uk.waymark.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.NeutralWords;
import uk.waymark.support.PackPortal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No address or tab title the portal serves or links to names the subject: every page of every
 * pack reached from the home page by its links, every link and form on them (with the values a
 * filter form puts in the query), every title, and the directory feed's links.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeutralAddressesHttpTest {

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
    void noAddressOrTitleNamesTheSubject(String pack) throws Exception {
        PackPortal portal = PackPortal.start(pack, Map.of());
        started.add(portal);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/"));
        while (!next.isEmpty()) {
            String path = next.poll();
            if (!seen.add(path)) {
                continue;
            }
            check(path, "address", problems);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), portal.url(path));
            check(page.title(), "title of " + path, problems);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//")) {
                    check(href.replaceFirst("#.*", ""), "link on " + path, problems);
                    next.add(href.replaceFirst("#.*", ""));
                }
            }
            for (Element form : page.select("form")) {
                check(form.attr("action"), "form on " + path, problems);
                if (form.attr("method").equalsIgnoreCase("get")) {
                    for (Element input : form.select("input[name]")) {
                        check(input.attr("name") + "=" + input.attr("value"), "filter on " + path, problems);
                    }
                }
            }
        }
        String feed = client.send(HttpRequest.newBuilder(URI.create(portal.url("/open-referral/services"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String url : feed.split("\"url\":\"")) {
            if (url.startsWith(portal.url(""))) {
                check(url.substring(portal.url("").length(), url.indexOf('"')).replaceFirst("#.*", ""), "feed link", problems);
            }
        }
        System.out.printf("Neutral addresses [%s]: %d addresses and titles read, %d name the subject%n", pack, seen.size(), problems.size());
        assertTrue(seen.size() > 15, "the crawl reached the pack's pages: " + seen);
        assertEquals(List.of(), problems);
    }

    private static void check(String text, String where, List<String> problems) {
        String decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
        NeutralWords.stemIn(decoded).ifPresent(stem -> problems.add(where + ": '" + decoded + "' contains '" + stem + "'"));
    }
}
