package uk.waymark.bench;

import uk.waymark.delivery.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference receiver's own capacity: signed posts of a case-sized body straight at it, each
 * with a new Idempotency-Key, from {@code CLIENTS} concurrent senders, no portal in between.
 * First {@code WARMUP} seconds that are not counted (this JVM and the receiver's compiling the
 * path, as the portal's drain is measured once it has), then {@code ROUNDS} runs of
 * {@code SECONDS}, each printed as {@code cases/s}, the rate at which it recorded new cases.
 *
 * <pre>java -cp … uk.waymark.bench.ReceiverLimit URL SECRET CLIENTS SECONDS [WARMUP [ROUNDS]]</pre>
 */
public final class ReceiverLimit {

    private static final byte[] BODY = ("{\"safeContact\":{\"contact\":{\"method\":\"phone\",\"phone\":\"07911123456\"},\"safeTimes\":[\"weekday-mornings\"],"
            + "\"voicemail\":\"no\",\"sayWhoWeAre\":\"no\",\"onlyYou\":\"yes\",\"codeWord\":\"bluebell\",\"unsafe\":\"He reads my texts\"},"
            + "\"reference\":\"K7QF-3M9X\",\"kind\":\"SELF_REFERRAL\",\"verification\":\"VERIFIED\",\"submittedAt\":\"2026-12-01T14:20:00Z\","
            + "\"provider\":\"bolsover\",\"answers\":{\"name\":\"Sam\",\"housing\":\"tenant\",\"children\":\"yes\",\"language\":\"Polish\","
            + "\"interpreter\":[],\"help\":[\"safe-at-home\"],\"consent\":\"yes\"},\"schema\":\"https://waymark.example/schemas/intake-case-v1.json\"}")
            .getBytes(StandardCharsets.UTF_8);

    private ReceiverLimit() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long warmUp = args.length > 4 ? Long.parseLong(args[4]) : 0;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        HttpClient client = HttpClient.newHttpClient();
        WebhookSignature signature = new WebhookSignature(args[1]);
        if (warmUp > 0) {
            run(client, signature, url, clients, warmUp);
        }
        for (int round = 0; round < rounds; round++) {
            System.out.println(run(client, signature, url, clients, seconds));
        }
    }

    private static String run(HttpClient client, WebhookSignature signature, URI url, int clients, long seconds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String id = UUID.randomUUID().toString();
                    long timestamp = System.currentTimeMillis() / 1000;
                    try {
                        int status = client.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                                .header("webhook-signature", signature.sign(id, timestamp, BODY))
                                .header("Idempotency-Key", id)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status / 100 == 2 ? accepted : refused).incrementAndGet();
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return String.format("cases/s %.0f accepted %d refused %d clients %d", accepted.get() / elapsed, accepted.get(), refused.get(), clients);
    }
}
