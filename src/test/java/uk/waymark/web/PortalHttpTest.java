package uk.waymark.web;

import com.aayushatharva.brotli4j.decoder.Decoder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.waymark.content.Pack;
import uk.waymark.support.HttpDates;
import uk.waymark.support.PortalPages;
import uk.waymark.support.RawHttp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal over real HTTP: headers on every response, pages, assets and error pages. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalHttpTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @Inject
    Pack pack;

    private final HttpClient client = HttpClient.newHttpClient();

    List<String> pages() {
        return PortalPages.of(pack);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageIsAnUncachedCookielessPageInTheLayoutWithTheSafetyHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(path.equals(PortalPages.MISSING) ? 404 : 200, response.statusCode(), path);
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(null));
        assertSafetyHeaders(response, path);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), path);
        assertHasWaysToGetHelp(response.body(), path);
        assertFalse(response.body().contains("href=\"\""), path + " has a link that goes nowhere");
        assertTrue(response.body().contains("href=\"/another-format\">Ask for this information in another format</a>"),
                path + " offers another format or language");
        String title = between(response.body(), "<title>", "</title>");
        assertTrue(title.endsWith(" – " + pack.provider().name()), "title of " + path + ": " + title);
    }

    @Test
    void pagesFromThePolicyCiteItAndSayWhenTheyWereLastReviewed() throws Exception {
        for (String path : List.of("/", "/information", pack.policySections().get(0).path(), "/changing")) {
            String body = get(path).body();
            assertTrue(body.contains(pack.provider().policy().title()), path + " cites the policy");
            assertTrue(body.contains("Last reviewed"), path + " says when it was last reviewed");
        }
    }

    @Test
    void theExitLinkGoesToTheNeutralSiteAndAsksForNoReferrer() throws Exception {
        String body = get("/").body();
        Matcher exit = Pattern.compile("<a href=\"([^\"]+)\"[^>]*govuk-exit-this-page__button[^>]*rel=\"nofollow noreferrer\"").matcher(body);
        assertTrue(exit.find(), "exit link with rel=noreferrer");
        assertEquals("https://www.bbc.co.uk/weather", exit.group(1));
    }

    @Test
    void assetsHaveVersionedAddressesAreNeverStoredAndAreCompressedWhenAsked() throws Exception {
        Set<String> assets = new LinkedHashSet<>();
        Matcher matcher = ASSET.matcher(get("/").body());
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertEquals(2, assets.size(), "the style sheet and the starting script, no icon: " + assets);
        String start = assets.stream().filter(a -> a.endsWith("/start.js")).findFirst().orElseThrow();
        String prefix = start.substring(0, start.lastIndexOf('/') + 1);
        assets.add(prefix + "waymark.js"); // the script start.js runs
        for (String asset : assets) {
            HttpResponse<byte[]> plain = client.send(request(asset).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = client.send(request(asset).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, plain.statusCode(), asset);
            assertSafetyHeaders(plain, asset);
            assertEquals("no-store", plain.headers().firstValue("Cache-Control").orElse(null),
                    asset + ": a cached file names the portal's address on the device");
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), asset + " compressed unasked");
            if (plain.body().length < 1024) {
                // so short that gzip would save little: it may go as it is
                assertTrue(gzip.body().length <= plain.body().length, asset);
                continue;
            }
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null), asset);
            assertTrue(gzip.body().length < plain.body().length / 2, asset + " is much smaller compressed");
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), asset + " decompresses to the same bytes");
            }
            // What a current browser asks for over HTTPS: Brotli, made at its best quality.
            HttpResponse<byte[]> brotli = client.send(request(asset).header("Accept-Encoding", "gzip, deflate, br, zstd").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null), asset);
            assertEquals("Accept-Encoding", brotli.headers().firstValue("Vary").orElse(null), asset);
            assertTrue(brotli.body().length < gzip.body().length, asset + " is smaller in Brotli than in gzip");
            assertArrayEquals(plain.body(), Decoder.decompress(brotli.body()).getDecompressedData(),
                    asset + " decompresses from Brotli to the same bytes");
        }
    }

    @Test
    void theFooterOffersOnlyTheFormatsThePacksPolicyNames_andNoReCaptchaNoteWhenItIsOff() throws Exception {
        String home = get("/").body();
        assertTrue(home.contains("Ask for this information in another format</a>, such as large print or another language."), home);
        assertFalse(home.contains("Easy Read"), "Bolsover's policy names large print and language only");
        assertFalse(home.contains("reCAPTCHA"));
    }

    @Test
    void thereIsNoIcon_soTheBrowsersFaviconDatabaseHasNothingToTieToThePortal() throws Exception {
        assertTrue(get("/").body().contains("<link rel=\"icon\" href=\"data:,\">"), "an empty icon, so none is asked for");
        HttpResponse<String> favicon = get("/favicon.ico");
        assertEquals(404, favicon.statusCode());
        assertSafetyHeaders(favicon, "/favicon.ico");
    }

    @Test
    void theStylesheetAsksForNoFontFile() throws Exception {
        Matcher matcher = ASSET.matcher(get("/").body());
        List<String> css = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group(1).endsWith(".css")) {
                css.add(get(matcher.group(1)).body());
            }
        }
        assertEquals(1, css.size(), "one style sheet: GOV.UK Frontend's rules and the portal's own");
        css.forEach(sheet -> {
            assertFalse(sheet.contains("@font-face"), "a stylesheet declares a font file");
            assertFalse(sheet.contains("GDS Transport"), "the GOV.UK font is reserved to GOV.UK");
        });
    }

    @Test
    void anUnknownAssetVersionIsAPageNotFound() throws Exception {
        HttpResponse<String> response = get("/assets/0000/waymark.css");
        assertEquals(404, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        assertHasWaysToGetHelp(response.body(), "unknown asset");
    }

    @Test
    void theHealthCheckAnswersWithoutDetailsOrCookies() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
        assertSafetyHeaders(response, "/health");
    }

    @Test
    void otherManagementEndpointsAreNotExposed() throws Exception {
        for (String path : List.of("/env", "/beans", "/loggers", "/routes", "/info", "/metrics")) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/services?for=%", "/%ZZ", "/information?x=%E0%A4%A"})
    void aMalformedAddressGetsAKindBadRequestPage(String target) {
        assertKindErrorPage(RawHttp.get(server.getPort(), target), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n",
            "GET / NOT-HTTP\r\n\r\n", "\u00e9\u00e9 / HTTP/1.1\r\n\r\n"})
    void aMalformedRequestLineGetsAKindBadRequestPage(String request) {
        assertKindErrorPage(RawHttp.send(server.getPort(), request), 400);
    }

    @Test
    void anOverlongAddressGetsAKindPage() {
        assertKindErrorPage(RawHttp.get(server.getPort(), "/" + "a".repeat(9000)), 414);
    }

    @Test
    void oversizedHeadersGetAKindPage() {
        assertKindErrorPage(RawHttp.get(server.getPort(), "/", "X-Padding: " + "a".repeat(20_000)), 431);
    }

    @Test
    void aPostWhereNoFormIsGetsAKindPage() throws Exception {
        HttpResponse<String> response = client.send(request("/services")
                .POST(HttpRequest.BodyPublishers.ofString("for=women"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertSafetyHeaders(response, "POST");
        assertHasWaysToGetHelp(response.body(), "POST");
    }

    private void assertKindErrorPage(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.head());
        assertEquals("no-store", answer.header("Cache-Control"));
        assertNull(answer.header("Set-Cookie"));
        assertEquals(SafetyHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"));
        assertEquals("same-origin", answer.header("Referrer-Policy"), answer.head());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.head());
        assertEquals("DENY", answer.header("X-Frame-Options"), answer.head());
        assertEquals("same-origin", answer.header("Cross-Origin-Resource-Policy"), answer.head());
        assertEquals("same-origin", answer.header("Cross-Origin-Opener-Policy"), answer.head());
        assertEquals(SafetyHeaders.PERMISSIONS_POLICY, answer.header("Permissions-Policy"), answer.head());
        assertEquals("text/html; charset=utf-8", answer.header("Content-Type"), answer.head());
        assertHasWaysToGetHelp(answer.body(), "error " + status);
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), "stack trace on the page");
    }

    private void assertHasWaysToGetHelp(String body, String where) {
        assertTrue(body.contains("govuk-exit-this-page__button"), where + ": exit button");
        assertTrue(body.contains("href=\"tel:999\""), where + ": 999");
        assertTrue(body.contains("<strong>55</strong>"), where + ": press 55");
        assertTrue(body.contains("href=\"" + pack.provider().helpline24h().phones().get(0).href() + "\""), where + ": 24-hour helpline");
    }

    private void assertSafetyHeaders(HttpResponse<?> response, String where) {
        var headers = response.headers();
        assertEquals(List.of(), headers.allValues("Set-Cookie"), where + " sets a cookie");
        assertEquals(SafetyHeaders.CONTENT_SECURITY_POLICY, headers.firstValue("Content-Security-Policy").orElse(null), where);
        assertTrue(SafetyHeaders.CONTENT_SECURITY_POLICY.startsWith("default-src 'none'"));
        assertFalse(SafetyHeaders.CONTENT_SECURITY_POLICY.contains("unsafe-"));
        assertEquals(List.of(SafetyHeaders.CONTENT_SECURITY_POLICY), headers.allValues("Content-Security-Policy"), where + ": once");
        assertEquals(List.of("no-store"), headers.allValues("Cache-Control"), where);
        assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"), where);
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), where);
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), where);
        assertEquals(List.of("same-origin"), headers.allValues("Cross-Origin-Resource-Policy"), where);
        assertEquals(List.of("same-origin"), headers.allValues("Cross-Origin-Opener-Policy"), where);
        assertEquals(List.of(SafetyHeaders.PERMISSIONS_POLICY), headers.allValues("Permissions-Policy"), where);
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), where + ": HSTS only behind TLS");
        HttpDates.assertDated(headers.allValues("Date"), where);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
