package uk.waymark.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A portal upgraded over the embedded database an earlier release made keeps every case on it.
 * {@code databases/h2-2.3.232/waymark.mv.db} was made by the portal on H2 2.3.232, before the
 * upgrade to 2.5: two self-referrals sent through the form under the key these tests use, never
 * delivered. The portal, on the H2 it ships now, starts on a copy of that file where the README's
 * run command keeps it ({@code ./data/}), delivers both cases whole to the reference receiver, and
 * takes and delivers a new referral.
 */
class EarlierH2DatabaseTest {

    static final String SECRET = Processes.WEBHOOK_SECRET;
    static final String MADE_BY = "/databases/h2-2.3.232/waymark.mv.db";
    /** The references of the two cases in that file. */
    static final Set<String> EARLIER = Set.of("YWCG-4H3B", "9DGP-DDTY");

    @TempDir
    Path dir;

    private final List<Process> running = new ArrayList<>();

    @AfterEach
    void tearDown() {
        running.forEach(Processes::kill);
    }

    @Test
    void theCasesOnADatabaseTheEarlierH2MadeAreDeliveredWhole() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (InputStream earlier = getClass().getResourceAsStream(MADE_BY)) {
            assertNotNull(earlier, MADE_BY);
            Files.copy(earlier, dir.resolve("data/waymark.mv.db"));
        }
        Path received = dir.resolve("received.jsonl");
        int receiverPort = Processes.freePort();
        running.add(Processes.receiver(receiverPort, SECRET, received, dir.resolve("receiver.log")));

        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironmentOnDefaultDatabase(port);
        env.put("WAYMARK_DELIVERY_URL", "http://127.0.0.1:" + receiverPort + "/cases");
        env.put("WAYMARK_DELIVERY_SECRET", SECRET);
        env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "100ms");
        Path log = dir.resolve("portal.log");
        Process portal = Processes.java(dir, "uk.waymark.Application", env, log);
        running.add(portal);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", portal, log, Duration.ofSeconds(60));

        Processes.await(() -> lines(received).size() == 2, Duration.ofSeconds(30), "the earlier cases delivered; see " + log);
        Set<String> references = new TreeSet<>();
        for (String line : lines(received)) {
            JsonNode sent = JsonMapper.builder().build().readTree(line).path("case");
            references.add(sent.path("reference").asText());
            assertEquals("Sam", sent.path("answers").path("name").asText(), "the answers, decrypted: " + line);
            assertEquals("bluebell", sent.path("safeContact").path("codeWord").asText(), line);
        }
        assertEquals(new TreeSet<>(EARLIER), references);

        Forms forms = new Forms(port);
        assertEquals(303, forms.post(SitePage.CONTACT.path(), Forms.validContact()).statusCode(), "a new referral is taken");
        Processes.await(() -> lines(received).size() == 3, Duration.ofSeconds(30), "the new case delivered; see " + log);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
