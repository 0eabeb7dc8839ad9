package uk.waymark.receiver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import uk.waymark.config.Settings;
import uk.waymark.delivery.WebhookSignature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reference receiving end for intake cases, for case-system integrators and for the portal's
 * own tests. It checks each delivery the way a case system should: the Standard Webhooks
 * signature, the timestamp (refusing replays older than five minutes), and the Idempotency-Key
 * (a case delivered twice is recorded once). Each new case is appended, as one line of JSON, to
 * the output file.
 *
 * <pre>java -cp target/waymark-0.1.0.jar uk.waymark.receiver.ReferenceReceiver --port 9090 --secret whsec_... --out cases.jsonl</pre>
 *
 * To rehearse failures it can also answer slowly ({@code --delay-ms}) or with a 500
 * ({@code --fail-first}, {@code --fail-every}).
 */
public final class ReferenceReceiver {

    static final long TOLERANCE_SECONDS = 300;

    static {
        // The JDK's server writes a response's headers and body separately; with Nagle's algorithm
        // on, each answer waits for the sender's delayed acknowledgement (about 40 ms), capping a
        // sender at some 20 cases a second. Read once, when the first server is made. A JVM
        // setting of the JDK's, not one of the portal's.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final WebhookSignature signature;
    private final Path out;
    private final long delayMillis;
    private final long failFirst;
    private final long failEvery;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private HttpServer server;
    private FileChannel file;

    public ReferenceReceiver(String secret, Path out, long delayMillis, long failFirst, long failEvery) throws IOException {
        this.signature = new WebhookSignature(secret);
        this.out = out;
        this.delayMillis = delayMillis;
        this.failFirst = failFirst;
        this.failEvery = failEvery;
        if (Files.exists(out)) {
            // Restarted: cases already recorded stay recorded once.
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                int start = line.indexOf("\"idempotencyKey\":\"") + 18;
                if (start >= 18) {
                    seen.add(line.substring(start, line.indexOf('"', start)));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        String secret = options.containsKey("secret") ? options.get("secret")
                : Settings.read(ApplicationContext.builder(), Settings::deliverySecret).orElse(null);
        if (secret == null) {
            System.err.println("Give the shared secret with --secret whsec_... or WAYMARK_DELIVERY_SECRET");
            System.exit(2);
        }
        var receiver = new ReferenceReceiver(secret, Path.of(options.getOrDefault("out", "received-cases.jsonl")),
                Long.parseLong(options.getOrDefault("delay-ms", "0")), Long.parseLong(options.getOrDefault("fail-first", "0")),
                Long.parseLong(options.getOrDefault("fail-every", "0")));
        int port = receiver.start(Integer.parseInt(options.getOrDefault("port", "9090")));
        System.out.println("Reference receiver listening on http://127.0.0.1:" + port + "/cases, recording to " + receiver.out);
    }

    /** Starts listening on loopback; port 0 picks a free one. Returns the port. */
    public int start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/cases", this::handle);
        server.createContext("/stats", exchange -> send(exchange, 200, "{\"received\":" + received.get() + ",\"duplicates\":"
                + duplicates.get() + ",\"refused\":" + refused.get() + ",\"requests\":" + requests.get() + "}"));
        server.setExecutor(Executors.newFixedThreadPool(16));
        file = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        server.start();
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        try {
            file.close();
        } catch (IOException e) {
            // Every line was already written; nothing is lost by a failed close.
        }
    }

    /** Cases recorded, and repeats collapsed, since this receiver started. */
    public long received() {
        return received.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "{\"error\":\"POST only\"}");
                return;
            }
            long n = requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            sleep(delayMillis);
            if (n <= failFirst || (failEvery > 0 && n % failEvery == 0)) {
                send(exchange, 500, "{\"error\":\"rehearsed failure\"}");
                return;
            }
            var headers = exchange.getRequestHeaders();
            String id = headers.getFirst("webhook-id");
            String timestamp = headers.getFirst("webhook-timestamp");
            String key = headers.getFirst("Idempotency-Key");
            long sent;
            try {
                sent = Long.parseLong(timestamp);
            } catch (NumberFormatException e) {
                refuse(exchange, 400, "no webhook-timestamp");
                return;
            }
            if (id == null || key == null) {
                refuse(exchange, 400, "webhook-id and Idempotency-Key are required");
                return;
            }
            if (Math.abs(Instant.now().getEpochSecond() - sent) > TOLERANCE_SECONDS) {
                refuse(exchange, 400, "timestamp outside five minutes: a replay, or a clock out of step");
                return;
            }
            if (!signature.verify(id, sent, body, headers.getFirst("webhook-signature"))) {
                refuse(exchange, 401, "bad signature");
                return;
            }
            if (!record(key, body)) {
                duplicates.incrementAndGet();
                send(exchange, 200, "{\"status\":\"duplicate\"}");
                return;
            }
            send(exchange, 201, "{\"status\":\"received\"}");
        }
    }

    /** Records a case once; false if this idempotency key was already recorded. */
    private boolean record(String key, byte[] body) throws IOException {
        synchronized (seen) {
            if (!seen.add(key)) {
                return false;
            }
            String line = "{\"idempotencyKey\":\"" + key.replace("\"", "") + "\",\"receivedAt\":\"" + Instant.now() + "\",\"case\":"
                    + new String(body, StandardCharsets.UTF_8).replace('\n', ' ') + "}\n";
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                file.write(bytes);   // handed to the operating system before the answer, as before
            }
            received.incrementAndGet();
            return true;
        }
    }

    private void refuse(HttpExchange exchange, int status, String why) throws IOException {
        refused.incrementAndGet();
        send(exchange, status, "{\"error\":\"" + why + "\"}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
