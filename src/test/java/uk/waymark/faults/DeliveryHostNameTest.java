package uk.waymark.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;
import uk.waymark.support.TestPostgres;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery from a portal running under a long cloud host name, a real process in UTS and mount
 * namespaces of its own (run as root), to the reference receiver, through one real PostgreSQL.
 * The lease owner must not depend on the host name; a round that fails must be loud.
 */
class DeliveryHostNameTest {

    static final String SECRET = Processes.WEBHOOK_SECRET;
    /** Linux's longest host name (64 bytes), shaped like a cloud one. */
    static final String HOST = "w".repeat(24) + ".ip-10-0-1-23.eu-west-2.compute.internal";
    static final Pattern FAILURES = Pattern.compile("(?m)^waymark_delivery_round_failures_total(?:\\{[^}]*})? ([0-9.E]+)$");

    @TempDir
    Path dir;

    private Map<String, String> database;
    private final List<Process> running = new ArrayList<>();
    private int receiverPort;
    private Path received;
    private Path portalLog;
    private int portal;

    @BeforeEach
    void setUp() throws Exception {
        assertEquals(64, HOST.length());
        database = TestPostgres.newDatabase();
        receiverPort = Processes.freePort();
        received = dir.resolve("received.jsonl");
        startReceiver();
        portal = startPortalUnder(HOST);
    }

    @AfterEach
    void tearDown() {
        running.forEach(Processes::kill);
    }

    @Test
    void aPortalOnALongCloudHostNameDeliversEveryReferral() throws Exception {
        submit(20);
        awaitDelivered(20);

        List<String> lines = Files.readAllLines(portalLog);
        List<String> naming = lines.stream().filter(line -> line.contains(HOST)).toList();
        assertEquals(1, naming.size(), "the host name in one start-up line only, and the portal saw it: " + naming);
        assertTrue(naming.get(0).contains("Delivery instance"), naming.get(0));
        assertFalse(lines.stream().anyMatch(line -> line.contains("Delivery round failed")), String.join("\n", lines));
        assertEquals(0.0, roundFailures(), "no round failed");
    }

    @Test
    void aRoundThatKeepsFailingIsLoudThenDeliveryResumes() throws Exception {
        submit(5);
        awaitDelivered(5);
        execute("ALTER TABLE case_delivery RENAME TO case_delivery_away");     // every claim now fails
        Processes.await(() -> roundFailures() >= 3, Duration.ofSeconds(30), "failed rounds counted");

        List<String> failures = Files.readAllLines(portalLog).stream().filter(line -> line.contains("Delivery round failed")).toList();
        assertFalse(failures.isEmpty(), "failed rounds are logged");
        String line = failures.get(0);
        assertTrue(line.contains("PSQLException") && line.contains("case_delivery") && line.contains("does not exist"),
                "the cause's class and message: " + line);

        execute("ALTER TABLE case_delivery_away RENAME TO case_delivery");
        submit(5);
        awaitDelivered(10);
        assertTrue(Files.readAllLines(portalLog).stream().anyMatch(l -> l.contains("Delivery rounds succeed again")),
                "recovery is logged");
    }

    // ------------------------------------------------------------------ processes

    private int startPortalUnder(String hostName) throws Exception {
        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironment(port, database);
        env.put("WAYMARK_RATE_LIMIT", "1000000");
        env.put("WAYMARK_DELIVERY_URL", "http://127.0.0.1:" + receiverPort + "/cases");
        env.put("WAYMARK_DELIVERY_SECRET", SECRET);
        env.put("WAYMARK_DELIVERY_FIRST_RETRY", "100ms");
        env.put("WAYMARK_DELIVERY_MAX_RETRY", "1s");
        env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "100ms");
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1 localhost\n::1 localhost\n127.0.1.1 " + hostName + "\n");
        portalLog = dir.resolve("portal.log");
        Process process = Processes.javaUnderHostName(hostName, hosts, "uk.waymark.Application", env, portalLog);
        running.add(process);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", process, portalLog, Duration.ofSeconds(60));
        return port;
    }

    private void startReceiver() {
        running.add(Processes.receiver(receiverPort, SECRET, received, dir.resolve("receiver.log")));
    }

    // ------------------------------------------------------------------ load and checks

    private void submit(int n) throws Exception {
        Forms forms = new Forms(portal);
        for (int i = 0; i < n; i++) {
            assertEquals(303, forms.post(SitePage.CONTACT.path(), Forms.validContact()).statusCode(), "referral accepted");
        }
    }

    private void awaitDelivered(int n) throws Exception {
        try {
            Processes.await(() -> receivedCount() == n && delivered() == n, Duration.ofSeconds(30), "not delivered");
        } catch (AssertionError e) {
            List<String> lines = Files.readAllLines(portalLog);
            throw new AssertionError(receivedCount() + " of " + n + " received, " + delivered() + " marked delivered. Portal log:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())), e);
        }
    }

    private long receivedCount() {
        try {
            return Files.exists(received) ? Files.readAllLines(received).size() : 0;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private long delivered() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM intake_case WHERE status = 'DELIVERED'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private double roundFailures() {
        try {
            HttpResponse<String> metrics = Processes.HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + portal + "/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = FAILURES.matcher(metrics.body());
            return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"), database.get("datasources.default.username"),
                database.get("datasources.default.password"));
    }
}
