package uk.waymark.web;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.Test;
import uk.waymark.support.PackPortal;
import uk.waymark.support.PortalPages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weight of a first visit to every page of every pack: the page, its style sheet, its script
 * and the script that script fetches ({@code start.js} names it by {@code new URL('…')}): at most
 * 8 KB of HTML and at most 20 KB in all, both as a current browser over HTTPS receives it (it
 * takes Brotli) and as a client that takes only gzip does (a browser over plain HTTP to another
 * host, older clients). Every page's weights are written to {@code target/first-visit-weights.tsv}.
 */
class FirstVisitWeightHttpTest {

    static final int HTML_LIMIT = 8 * 1024;
    static final int VISIT_LIMIT = 20 * 1024;

    /** What Chromium sends over HTTPS. */
    static final String BROWSER = "gzip, deflate, br, zstd";

    private static final Pattern ASSET = Pattern.compile("<(?:link rel=\"stylesheet\" href|script type=\"module\" src)=\"([^\"]+)\"");
    private static final Pattern FETCHED = Pattern.compile("new URL\\(['\"]([^'\"]+\\.js)['\"]");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyFirstVisitStaysWithinItsBudgetWithAtMost8KbOfHtml() throws Exception {
        List<String> over = new ArrayList<>();
        List<String> table = new ArrayList<>(List.of("pack\tpage\thtml_br_bytes\tvisit_br_bytes\thtml_gzip_bytes\tvisit_gzip_bytes"));
        String heaviest = null;
        int heaviestTotal = 0;
        int heaviestHtml = 0;
        int heaviestGzip = 0;
        for (String pack : PackPortal.packs()) {
            try (PackPortal portal = PackPortal.start(pack, Map.of())) {
                Map<String, Integer> assets = new LinkedHashMap<>();
                Map<String, Integer> gzipAssets = new LinkedHashMap<>();
                for (String path : PortalPages.of(portal.pack())) {
                    byte[] html = get(portal.url(path), BROWSER);
                    byte[] gzipHtml = get(portal.url(path), "gzip");
                    String page = new String(brotli(html), StandardCharsets.UTF_8);
                    assertEquals(page, new String(gunzip(gzipHtml), StandardCharsets.UTF_8), path + ": the same page either way");
                    int total = html.length;
                    int gzipTotal = gzipHtml.length;
                    for (String asset : assetsOf(portal, page)) {
                        total += assets.computeIfAbsent(asset, a -> get(portal.url(a), BROWSER).length);
                        gzipTotal += gzipAssets.computeIfAbsent(asset, a -> get(portal.url(a), "gzip").length);
                    }
                    table.add(pack + "\t" + path + "\t" + html.length + "\t" + total + "\t" + gzipHtml.length + "\t" + gzipTotal);
                    if (html.length > HTML_LIMIT || total > VISIT_LIMIT) {
                        over.add(pack + " " + path + ": HTML " + html.length + " B, visit " + total + " B in Brotli");
                    }
                    if (gzipHtml.length > HTML_LIMIT || gzipTotal > VISIT_LIMIT) {
                        over.add(pack + " " + path + ": HTML " + gzipHtml.length + " B, visit " + gzipTotal + " B in gzip");
                    }
                    if (total > heaviestTotal) {
                        heaviest = pack + " " + path;
                        heaviestTotal = total;
                    }
                    heaviestHtml = Math.max(heaviestHtml, html.length);
                    heaviestGzip = Math.max(heaviestGzip, gzipTotal);
                }
                if (pack.equals(PackPortal.packs().get(0))) {
                    System.out.println("First visit assets, Brotli bytes: " + assets + "; gzip bytes: " + gzipAssets);
                }
            }
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "first-visit-weights.tsv"), table);
        System.out.printf("Heaviest first visit: %s, %d B in Brotli; largest HTML %d B; heaviest in gzip %d B%n",
                heaviest, heaviestTotal, heaviestHtml, heaviestGzip);
        assertEquals(List.of(), over, "first visits over " + VISIT_LIMIT + " B (in Brotli or in gzip), or HTML over " + HTML_LIMIT + " B");
    }

    private Set<String> assetsOf(PackPortal portal, String page) {
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            assets.add(m.group(1));
        }
        String start = assets.stream().filter(a -> a.endsWith("/start.js")).findFirst().orElseThrow();
        String prefix = start.substring(0, start.lastIndexOf('/') + 1);
        Matcher fetched = FETCHED.matcher(new String(gunzip(get(portal.url(start), "gzip")), StandardCharsets.UTF_8));
        int scripts = 0;
        while (fetched.find()) {
            assets.add(prefix + fetched.group(1));
            scripts++;
        }
        assertTrue(scripts > 0, "start.js names the script it fetches by new URL('…')");
        return assets;
    }

    private byte[] get(String url, String acceptEncoding) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404, url + " " + response.statusCode());
            assertEquals(acceptEncoding.equals("gzip") ? "gzip" : "br", response.headers().firstValue("Content-Encoding").orElse(null),
                    url + " is sent compressed for " + acceptEncoding);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }

    private static byte[] brotli(byte[] bytes) {
        try {
            return Decoder.decompress(bytes).getDecompressedData();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
