package uk.waymark.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.support.Forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case system that closes a kept-alive connection just as the next case arrives on it, as a
 * server does whose idle timeout runs out at that moment: the portal, a real process, sends that
 * case again at once on a new connection, under the same webhook-id, instead of counting a
 * failed attempt and waiting for its next one.
 */
class ClosedConnectionTest {

    static final int CASES = 6;

    @TempDir
    Path dir;

    private Process portal;
    private CaseSystem caseSystem;

    @AfterEach
    void tearDown() throws IOException {
        if (portal != null) {
            Processes.kill(portal);
        }
        if (caseSystem != null) {
            caseSystem.close();
        }
    }

    @Test
    void aCaseSentOnAConnectionTheCaseSystemClosedIsSentAgainAtOnce() throws Exception {
        caseSystem = new CaseSystem();
        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironmentOnDefaultDatabase(port);
        env.put("WAYMARK_DELIVERY_URL", "http://127.0.0.1:" + caseSystem.port() + "/cases");
        env.put("WAYMARK_DELIVERY_SECRET", Processes.WEBHOOK_SECRET);
        env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "50ms");
        env.put("WAYMARK_DELIVERY_FIRST_RETRY", "1h");        // a failed attempt would hold its case for the rest of the test
        env.put("WAYMARK_DELIVERY_MAX_RETRY", "1h");
        Path log = dir.resolve("portal.log");
        portal = Processes.java(dir, "uk.waymark.Application", env, log);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", portal, log, Duration.ofSeconds(60));

        Forms form = new Forms(port);
        String token = form.token("/contact");
        for (int i = 1; i <= CASES; i++) {                     // one at a time, so that each goes on the connection the last one used
            Map<String, Object> answers = Forms.validContact();
            answers.put("token", token);
            assertEquals(303, form.post("/contact", answers).statusCode());
            int expected = i;
            Processes.await(() -> caseSystem.acknowledged().size() == expected, Duration.ofSeconds(20),
                    "case " + i + " was not delivered at once; see " + log);
        }

        assertEquals(CASES, caseSystem.acknowledged().size(), "each case acknowledged once");
        assertEquals(CASES - 1, caseSystem.dropped().size(),
                "each case after the first went on the last one's connection, and the case system closed it under the case: "
                        + caseSystem.dropped());
        assertTrue(caseSystem.acknowledged().containsAll(caseSystem.dropped()), "each dropped case came again under its webhook-id");
        List<String> lines = Files.readAllLines(log);
        assertFalse(lines.stream().anyMatch(line -> line.contains("not delivered on attempt")), String.join("\n", lines));
    }

    /**
     * Answers the first request on each connection with a 204 and keeps the connection open;
     * reads the second whole, then closes the connection without a byte of answer.
     */
    static final class CaseSystem implements AutoCloseable {

        private final ServerSocket server;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final Set<String> dropped = ConcurrentHashMap.newKeySet();

        CaseSystem() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(this::accept, "case-system");
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return server.getLocalPort();
        }

        Set<String> acknowledged() {
            return acknowledged;
        }

        Set<String> dropped() {
            return dropped;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread serving = new Thread(() -> serve(socket), "case-system-connection");
                    serving.setDaemon(true);
                    serving.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket socket) {
            try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
                String first = webhookId(in);
                if (first == null) {
                    return;
                }
                acknowledged.add(first);
                out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String second = webhookId(in);
                if (second != null) {
                    dropped.add(second);
                }
            } catch (IOException e) {
                // The portal closed the connection: nothing to record.
            }
        }

        /** Reads one request, head and body, and returns its webhook-id; null at the end of the stream. */
        private static String webhookId(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String id = null;
            int length = 0;
            for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("webhook-id:")) {
                    id = line.substring(line.indexOf(':') + 1).trim();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            if (in.readNBytes(length).length < length) {
                return null;
            }
            return id;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
