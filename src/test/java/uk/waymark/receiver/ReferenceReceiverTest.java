package uk.waymark.receiver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.delivery.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference receiver over real HTTP: signatures, replays, idempotency and rehearsed failures. */
class ReferenceReceiverTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final WebhookSignature SIGNER = new WebhookSignature(SECRET);

    @TempDir
    Path dir;

    private ReferenceReceiver receiver;
    private int port;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        receiver = new ReferenceReceiver(SECRET, dir.resolve("cases.jsonl"), 0, 1, 0);
        port = receiver.start(0);
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void recordsASignedCaseOnceHoweverOftenItIsSent() throws Exception {
        assertEquals(500, post("m1", Instant.now().getEpochSecond(), "{\"reference\":\"A\"}", null).statusCode(), "the rehearsed first failure");
        assertEquals(201, post("m1", Instant.now().getEpochSecond(), "{\"reference\":\"A\"}", null).statusCode());
        assertEquals(200, post("m1", Instant.now().getEpochSecond(), "{\"reference\":\"A\"}", null).statusCode(), "a retry");
        assertEquals(201, post("m2", Instant.now().getEpochSecond(), "{\"reference\":\"B\"}", null).statusCode());
        var lines = Files.readAllLines(dir.resolve("cases.jsonl"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"idempotencyKey\":\"m1\"") && lines.get(0).contains("\"case\":{\"reference\":\"A\"}"));
        assertTrue(get("/stats").contains("\"received\":2,\"duplicates\":1"));
    }

    @Test
    void refusesBadSignaturesReplaysAndMissingHeaders() throws Exception {
        long now = Instant.now().getEpochSecond();
        post("warm-up", now, "{}", null);
        assertEquals(401, post("m3", now, "{\"a\":1}", "v1,AAAA").statusCode());
        assertEquals(400, post("m4", now - 3600, "{\"a\":1}", null).statusCode(), "an hour-old message is a replay");
        var noKey = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cases"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noKey.statusCode());
        assertTrue(get("/stats").contains("\"received\":0"));
    }

    @Test
    void aRestartedReceiverStillKnowsTheCasesItRecorded() throws Exception {
        post("warm-up", Instant.now().getEpochSecond(), "{}", null);
        assertEquals(201, post("m5", Instant.now().getEpochSecond(), "{}", null).statusCode());
        receiver.stop();
        receiver = new ReferenceReceiver(SECRET, dir.resolve("cases.jsonl"), 0, 0, 0);
        port = receiver.start(0);
        assertEquals(200, post("m5", Instant.now().getEpochSecond(), "{}", null).statusCode());
        assertEquals(1, Files.readAllLines(dir.resolve("cases.jsonl")).size());
    }

    private HttpResponse<String> post(String id, long timestamp, String body, String signature) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cases"))
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature != null ? signature : SIGNER.sign(id, timestamp, bytes))
                .header("Idempotency-Key", id)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
