package uk.waymark.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;
import uk.waymark.support.PortalPages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Accept header gets, over every route the portal has: nothing. Pages answer HTML,
 * assets their own type and the directory feed JSON, whatever a client says it accepts, strict,
 * odd or absent; a kind page is better than a 406 for a person in danger.
 */
@MicronautTest
@Property(name = "waymark.forms.rate-limit", value = "1000000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptHeaderHttpTest {

    /** null: no Accept header at all. */
    static final List<String> ACCEPTS = java.util.Arrays.asList(
            null,
            "text/html",
            "application/xhtml+xml",
            "*/*",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8,en-GB",
            "application/xhtml+xml;q=1, text/html;q=0.5",
            "TEXT/HTML",
            "text/*",
            "application/json",
            "application/xml",
            "text/plain",
            "image/png",
            "text/css,*/*;q=0.1",
            "text/html;q=0",
            "*/*;q=0",
            "",
            "garbage",
            ";;;,,,",
            "text/html; charset=iso-8859-1",
            "application/json, text/javascript, */*; q=0.01");

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern SERVICE_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Inject
    EmbeddedServer server;

    @Inject
    Pack pack;

    @Inject
    Router router;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageAnswersHtmlWhateverTheAcceptHeaderSays() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String path : getTargets()) {
            if (path.startsWith("/open-referral") || path.startsWith("/assets/") || path.equals("/favicon.ico")) {
                continue;
            }
            HttpResponse<String> plain = get(path, null);
            // An expired or forged confirmation address gets its own kind page, whatever its status.
            int expected = path.equals(PortalPages.MISSING) ? 404 : path.contains("/sent/") ? plain.statusCode() : 200;
            assertTrue(plain.statusCode() < 500, path + ": " + plain.statusCode());
            for (String accept : ACCEPTS) {
                HttpResponse<String> response = get(path, accept);
                checked++;
                String where = "GET " + path + " with Accept: " + accept;
                if (response.statusCode() != expected) {
                    failures.add(where + " -> " + response.statusCode());
                    continue;
                }
                if (!"text/html; charset=utf-8".equals(response.headers().firstValue("Content-Type").orElse(null))) {
                    failures.add(where + " -> " + response.headers().firstValue("Content-Type").orElse("no Content-Type"));
                }
                assertSafe(response, where, failures);
                if (!response.body().contains("href=\"tel:999\"")) {
                    failures.add(where + " has no 999");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked > 20 * ACCEPTS.size(), "pages checked: " + checked / ACCEPTS.size());
        System.out.printf("Accept headers: %d page answers checked (%d Accept values)%n", checked, ACCEPTS.size());
    }

    @Test
    void everyFormPostIsTakenWhateverTheAcceptHeaderSays() throws Exception {
        Forms forms = new Forms(server.getPort());
        List<String> actions = formActions();
        assertTrue(actions.size() >= 3, "forms found: " + actions);
        List<String> failures = new ArrayList<>();
        for (String accept : ACCEPTS) {
            for (String action : actions) {
                // Nothing answered: the form again, with its errors, as HTML.
                String token = tokenOn(action);
                HttpResponse<String> response = accept == null
                        ? forms.post(action, "token=" + token, "Origin", forms.origin())
                        : forms.post(action, "token=" + token, "Origin", forms.origin(), "Accept", accept);
                String where = "POST " + action + " with Accept: " + accept;
                if (response.statusCode() >= 400 && response.statusCode() != 400 && response.statusCode() != 422) {
                    failures.add(where + " -> " + response.statusCode());
                }
                if (!"text/html; charset=utf-8".equals(response.headers().firstValue("Content-Type").orElse(null))) {
                    failures.add(where + " -> " + response.headers().firstValue("Content-Type").orElse("no Content-Type"));
                }
                assertSafe(response, where, failures);
            }
            // A whole referral, accepted: 303 to its confirmation.
            String contact = actions.stream().filter(a -> a.equals(SitePage.CONTACT.path())).findFirst().orElseThrow();
            var answers = new java.util.LinkedHashMap<>(Forms.validContact());
            answers.put("token", forms.token(contact));
            String body = Forms.encode(answers);
            HttpResponse<String> sent = accept == null ? forms.post(contact, body, "Origin", forms.origin())
                    : forms.post(contact, body, "Origin", forms.origin(), "Accept", accept);
            if (sent.statusCode() != 303) {
                failures.add("a whole referral with Accept: " + accept + " -> " + sent.statusCode());
            } else {
                String confirmation = sent.headers().firstValue("Location").orElseThrow();
                HttpResponse<String> page = get(confirmation, accept);
                if (page.statusCode() != 200 || !page.body().contains("href=\"tel:999\"")) {
                    failures.add("its confirmation with Accept: " + accept + " -> " + page.statusCode());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void assetsAndTheDirectoryFeedAnswerTheirOwnTypeWhateverTheAcceptHeaderSays() throws Exception {
        List<String> failures = new ArrayList<>();
        int feed = 0;
        int assets = 0;
        for (String path : getTargets()) {
            boolean isFeed = path.startsWith("/open-referral");
            if (!isFeed && !path.startsWith("/assets/") && !path.equals("/favicon.ico")) {
                continue;
            }
            HttpResponse<String> plain = get(path, null);
            assertEquals(200, plain.statusCode(), path);
            String type = plain.headers().firstValue("Content-Type").orElseThrow();
            if (isFeed) {
                assertTrue(type.startsWith("application/json"), path + ": " + type);
                feed++;
            } else {
                assets++;
            }
            for (String accept : ACCEPTS) {
                HttpResponse<String> response = get(path, accept);
                String where = "GET " + path + " with Accept: " + accept;
                if (response.statusCode() != 200 || !type.equals(response.headers().firstValue("Content-Type").orElse(null))) {
                    failures.add(where + " -> " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse(""));
                }
                if (!plain.body().equals(response.body())) {
                    failures.add(where + ": a different body");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(feed >= 3 && assets >= 2, "feed " + feed + ", assets " + assets);
    }

    /**
     * One address for every GET route the router knows, so that a new route is covered, or fails
     * here until it is given a sample value. Management endpoints (health, metrics) are left out.
     */
    private Set<String> getTargets() throws Exception {
        Set<String> targets = new LinkedHashSet<>(PortalPages.of(pack));
        String home = get("/", null).body();
        Matcher asset = ASSET.matcher(home);
        while (asset.find()) {
            targets.add(asset.group(1));
        }
        Matcher id = SERVICE_ID.matcher(get("/open-referral/services", "application/json").body());
        assertTrue(id.find(), "a service id in the feed");
        String serviceId = id.group(1);
        Set<String> unknown = new TreeSet<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.GET).map(UriRouteInfo::getUriMatchTemplate)
                .map(Object::toString).forEach(template -> {
                    if (template.startsWith("/health") || template.startsWith("/prometheus")) {
                        return;
                    }
                    if (!template.contains("{")) {
                        targets.add(template.isEmpty() ? "/" : template);
                    } else if (template.contains("{section}")) {
                        pack.policySections().stream().map(Page::path).forEach(targets::add);
                    } else if (template.endsWith("/sent/{sealed}")) {
                        targets.add(template.replace("{sealed}", "not-a-sealed-address"));
                    } else if (template.endsWith("/answers/{id}")) {
                        targets.add(template.replace("{id}", "0123456789abcdef0123456789abcdef"));
                    } else if (template.endsWith("/questions/{sealed}")) {
                        targets.add(template.replace("{sealed}", "00"));
                    } else if (template.equals("/open-referral/services/{id}")) {
                        targets.add("/open-referral/services/" + serviceId);
                    } else if (!template.startsWith("/assets/{version}/{name}")) {
                        unknown.add(template);
                    }
                });
        assertEquals(Set.of(), unknown, "GET routes without a sample address here");
        return targets;
    }

    /** Where every form the pages show posts to. */
    private List<String> formActions() throws Exception {
        Set<String> actions = new LinkedHashSet<>();
        for (String path : getTargets()) {
            Matcher form = FORM_ACTION.matcher(get(path, null).body());
            while (form.find()) {
                actions.add(form.group(1));
            }
        }
        return new ArrayList<>(actions);
    }

    /** The signed token on the form page at {@code path}, or "" where a form carries none. */
    private String tokenOn(String path) throws Exception {
        Matcher token = TOKEN.matcher(get(path, null).body());
        return token.find() ? token.group(1) : "";
    }

    private static void assertSafe(HttpResponse<String> response, String where, List<String> failures) {
        var headers = response.headers();
        if (!"no-store".equals(headers.firstValue("Cache-Control").orElse(null))) {
            failures.add(where + ": Cache-Control " + headers.firstValue("Cache-Control").orElse("missing"));
        }
        if (headers.firstValue("Content-Security-Policy").isEmpty() || !headers.allValues("Set-Cookie").isEmpty()
                || !"same-origin".equals(headers.firstValue("Referrer-Policy").orElse(null))
                || !"nosniff".equals(headers.firstValue("X-Content-Type-Options").orElse(null))) {
            failures.add(where + ": safety headers " + headers.map().keySet());
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertNotNull(response);
        assertFalse(response.body().contains("\tat "), path + ": a stack trace");
        return response;
    }
}
