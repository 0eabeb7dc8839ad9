package uk.waymark.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kept pages sent straight from the connection ({@link DirectPages}): the same answer as the
 * usual way, byte for byte but for the Date, and only for the requests it may answer.
 */
@MicronautTest
class DirectPagesHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DirectPages direct;

    /** HTTP/1.1 only: Java's client otherwise asks to upgrade to h2c, which is left to Micronaut. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ParameterizedTest
    @ValueSource(strings = {"br", "gzip", "gzip, deflate, br, zstd", ""})
    void everyKeptPageIsTheUsualAnswerInEveryCoding(String acceptEncoding) throws Exception {
        for (String[] pair : pairs()) {
            String kept = pair[0];
            String usual = pair[1];
            HttpResponse<byte[]> sent = null;
            // Twice at most: a page kept for a minute (the directory) or a token window (the
            // forms) that ends between the two requests is kept again by the first of the next two.
            for (int attempt = 0; attempt < 2 && sent == null; attempt++) {
                assertEquals(200, get(kept, acceptEncoding).statusCode(), kept);   // renders and keeps it, if not yet
                long before = direct.answered();
                HttpResponse<byte[]> answer = get(kept, acceptEncoding);
                sent = direct.answered() == before + 1 ? answer : null;
            }
            assertTrue(sent != null, kept + " was not sent straight from the connection");
            long after = direct.answered();
            HttpResponse<byte[]> reference = get(usual, acceptEncoding);
            assertEquals(after, direct.answered(), usual + " should have gone the usual way");
            assertEquals(200, sent.statusCode(), kept);
            assertEquals(withoutDate(reference), withoutDate(sent), kept + " with Accept-Encoding: " + acceptEncoding);
            assertTrue(sent.headers().firstValue("Date").orElse("").endsWith(" GMT"), kept + " has no Date");
            assertArrayEquals(reference.body(), sent.body(), kept + " with Accept-Encoding: " + acceptEncoding);
        }
    }

    /** The headers are made once a second and shared: each second's answers carry that second's Date. */
    @Test
    void eachAnswerIsDatedTheSecondItIsSent() throws Exception {
        get("/", "gzip");
        long before = direct.answered();
        List<Long> lag = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> answer = get("/", "gzip");
            long now = System.currentTimeMillis() / 1000;
            String date = answer.headers().firstValue("Date").orElseThrow();
            lag.add(now - ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond());
            assertTrue(!date.equals(previous), "the same Date a second later: " + date);
            previous = date;
            Thread.sleep(1_050);
        }
        assertEquals(before + 3, direct.answered(), "not all sent straight from the connection");
        // the second may turn between the answer and the clock read here, once at most but for a pause
        assertTrue(lag.stream().allMatch(seconds -> seconds >= 0 && seconds <= 2), "Dates behind the clock by " + lag + " s");
    }

    @Test
    void requestsItMayNotAnswerGoTheUsualWay() throws Exception {
        get("/", "gzip");
        long before = direct.answered();
        // HEAD, HTTP/1.0, a connection to close, a body, an expectation, an upgrade, another
        // site's address, and a client taking only a coding Micronaut makes itself.
        List<String> requests = List.of(
                "HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.0\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nab",
                "GET / HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n",
                "GET http://localhost/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: deflate\r\n\r\n");
        for (String request : requests) {
            String head = head(request);
            assertTrue(head.matches("HTTP/1\\.[01] (200|100|101) [\\s\\S]*"), request + "\n" + head);
            assertEquals(before, direct.answered(), "answered straight from the connection:\n" + request);
        }
        // The deflate-only client still gets its page compressed, by Micronaut.
        assertTrue(head("GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: deflate\r\n\r\n")
                .toLowerCase().contains("content-encoding: deflate"));
    }

    @Test
    void answersLeaveInTheOrderTheirRequestsCame() throws Exception {
        get("/", "");
        get("/contact", "");
        // Sent together on one connection: a page Micronaut answers (it is not kept, and
        // rendered on a blocking thread), then two kept pages, then the same again.
        String answers = exchange("GET /contact/answers/not-a-draft HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /contact HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /no-such-page HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        List<Integer> statuses = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(answers);
        while (status.find()) {
            statuses.add(Integer.parseInt(status.group(1)));
        }
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(answers);
        while (title.find()) {
            titles.add(title.group(1));
        }
        assertEquals(List.of(200, 200, 200, 404, 200), statuses, answers);
        assertEquals(5, titles.size(), answers);
        // The form again (its answers have expired), the home page, the form, the 404 page, home.
        assertEquals(titles.get(0), titles.get(2));
        assertEquals(titles.get(1), titles.get(4));
        assertTrue(!titles.get(0).equals(titles.get(1)) && !titles.get(3).equals(titles.get(1)), titles.toString());
    }

    /** Each kept page's path and query, with a request for the same answer that goes the usual way. */
    private List<String[]> pairs() throws Exception {
        String home = new String(get("/", "").body(), StandardCharsets.UTF_8);
        String policy = new String(get("/information", "").body(), StandardCharsets.UTF_8);
        List<String[]> pairs = new ArrayList<>(List.of(
                new String[]{"/", "/?usual"},
                new String[]{"/information", "/information?usual"},
                new String[]{"/changing", "/changing?usual"},
                new String[]{"/privacy", "/privacy?usual"},
                // A query string the directory has not seen, for the same filter: read the usual way.
                new String[]{"/services?for=women", "/services?for=women&usual=" + System.nanoTime()},
                new String[]{"/services", "/services?usual=" + System.nanoTime()},
                new String[]{"/contact", "/contact?usual"},
                new String[]{"/report", "/report?usual"}));
        Matcher section = Pattern.compile("href=\"(/information/[a-z0-9-]+)\"").matcher(policy);
        assertTrue(section.find(), "no policy section linked");
        pairs.add(new String[]{section.group(1), section.group(1) + "?usual"});
        Matcher asset = Pattern.compile("(?:href|src)=\"(/assets/[^\"?]+)\"").matcher(home);
        int assets = 0;
        while (asset.find()) {
            pairs.add(new String[]{asset.group(1), asset.group(1) + "?usual"});
            assets++;
        }
        assertTrue(assets >= 2, "the home page names its style sheet and script");
        return pairs;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (!acceptEncoding.isEmpty()) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every header, in order, but the Date. */
    private static List<String> withoutDate(HttpResponse<?> response) {
        List<String> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("date")) {
                headers.add(header.getKey().toLowerCase() + ": " + header.getValue());
            }
        }
        headers.sort(null);
        return headers;
    }

    /** Sends the bytes on a connection of their own and reads the first answer's head. */
    private String head(String request) throws IOException {
        return send(request, true);
    }

    /** Sends the bytes on one connection and reads until the server closes it. */
    private String exchange(String requests) throws IOException {
        return send(requests, false);
    }

    private String send(String requests, boolean headOnly) throws IOException {
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            var out = new ByteArrayOutputStream();
            if (!headOnly) {
                in.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
                if (out.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
