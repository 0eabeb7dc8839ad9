package uk.waymark.delivery;

import uk.waymark.config.DeliveryConfiguration;
import uk.waymark.intake.StoredCase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Cases as Standard Webhooks POSTs to the case system: signed, with an Idempotency-Key equal to
 * the webhook-id. A 2xx is an acknowledgement; anything else, or no answer, is tried again.
 */
final class WebhookChannel implements Channel {

    private final DeliveryConfiguration config;
    private final CasePayload payload;
    private final Clock clock;
    private final HttpClient client;
    private final WebhookSignature signature;

    WebhookChannel(DeliveryConfiguration config, CasePayload payload, Clock clock) {
        this.config = config;
        this.payload = payload;
        this.clock = clock;
        // HTTP/1.1, the protocol the tests deliver with (a case is one small request on a
        // kept-alive connection; HTTP/2 gains nothing there), and the client's own small tasks
        // (reading the answer, completing the exchange) run on the thread that makes them ready,
        // its selector thread or the sender, not handed to a pool of its own: nothing here blocks
        // in them, as the body is discarded and the call is synchronous (the client's authors mean
        // its executor for such tasks only, and allow one that runs them inline). Handing them
        // over, with the threads it wakes, was a third of the portal's CPU in a drain to the
        // reference receiver on PostgreSQL: in alternation, 0.16-0.19 ms of CPU a case before,
        // 0.11-0.13 ms after. HttpsDeliveryTest delivers over TLS so.
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run)
                .build();
        this.signature = new WebhookSignature(config.secret());
    }

    @Override
    public Result send(StoredCase stored, String idempotencyKey) {
        return post(payload.of(stored), idempotencyKey);
    }

    /** A signed call whose body says it is a test: {"type":"waymark.test"}, with no case in it. */
    @Override
    public Result sendTest() {
        String body = "{\"type\":\"waymark.test\",\"sentAt\":\"" + clock.instant() + "\"}";
        return post(body.getBytes(StandardCharsets.UTF_8), "test-" + UUID.randomUUID());
    }

    private Result post(byte[] body, String id) {
        try {
            long timestamp = clock.instant().getEpochSecond();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(config.url()))
                    .timeout(config.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature.sign(id, timestamp, body))
                    .header("Idempotency-Key", id)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            String status = "HTTP " + response.statusCode();
            return response.statusCode() / 100 == 2 ? Result.accepted(status) : Result.retry(status);
        } catch (IOException | RuntimeException e) {
            return Result.retry(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.retry("interrupted");
        }
    }

    /** The case system records each Idempotency-Key once. */
    @Override
    public boolean dropsRepeats() {
        return true;
    }

    @Override
    public String describe() {
        URI uri = URI.create(config.url());
        return "the webhook at " + uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
    }
}
