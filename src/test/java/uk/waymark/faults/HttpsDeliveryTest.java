package uk.waymark.faults;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.delivery.WebhookSignature;
import uk.waymark.support.Forms;
import uk.waymark.support.TestCertificates;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases go to a case system over HTTPS, as they do anywhere but on this machine: the portal, a
 * real process trusting the case system's certificate, delivers every case once, signed, over
 * TLS, with the HTTP client's own tasks run where they become ready (see WebhookChannel).
 */
class HttpsDeliveryTest {

    static final int CASES = 10;

    @TempDir
    Path dir;

    private Process portal;
    private HttpsServer caseSystem;
    private ExecutorService caseSystemThreads;

    @AfterEach
    void tearDown() {
        if (portal != null) {
            Processes.kill(portal);
        }
        if (caseSystem != null) {
            caseSystem.stop(0);
            caseSystemThreads.shutdownNow();
        }
    }

    @Test
    void everyCaseArrivesOnceSignedOverTls() throws Exception {
        TestCertificates certificates = TestCertificates.localhost(dir.resolve("tls"));
        Path trustStore = certificates.trustStore();

        WebhookSignature signature = new WebhookSignature(Processes.WEBHOOK_SECRET);
        Map<String, Integer> received = new ConcurrentHashMap<>();
        AtomicInteger badSignatures = new AtomicInteger();
        caseSystem = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        caseSystem.setHttpsConfigurator(new HttpsConfigurator(certificates.serverContext()));
        caseSystemThreads = Executors.newFixedThreadPool(4);
        caseSystem.setExecutor(caseSystemThreads);
        caseSystem.createContext("/cases", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            if (!signature.verify(id, timestamp, body, exchange.getRequestHeaders().getFirst("webhook-signature"))) {
                badSignatures.incrementAndGet();
            }
            received.merge(id, 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        caseSystem.start();

        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironmentOnDefaultDatabase(port);
        env.put("WAYMARK_DELIVERY_URL", "https://localhost:" + caseSystem.getAddress().getPort() + "/cases");
        env.put("WAYMARK_DELIVERY_SECRET", Processes.WEBHOOK_SECRET);
        env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "50ms");
        Path log = dir.resolve("portal.log");
        portal = Processes.java(dir, List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Djavax.net.ssl.trustStoreType=PKCS12"), "uk.waymark.Application", env, log);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", portal, log, Duration.ofSeconds(60));

        new Forms(port).sendContacts(CASES);
        Processes.await(() -> received.size() == CASES, Duration.ofSeconds(30), "not every case arrived; see " + log);

        assertTrue(received.values().stream().allMatch(times -> times == 1), "each case once: " + received);
        assertEquals(0, badSignatures.get(), "every request signed with the shared secret");
        List<String> lines = Files.readAllLines(log);
        assertFalse(lines.stream().anyMatch(line -> line.contains("not delivered on attempt")), String.join("\n", lines));
    }
}
