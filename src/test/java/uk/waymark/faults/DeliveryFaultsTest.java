package uk.waymark.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery through faults, with real processes: portals and the reference receiver each in a
 * JVM of its own, real HTTP, one real PostgreSQL. Every scenario sends thousands of referrals
 * through the forms and passes only if each reaches the receiver as exactly one case, none is
 * lost, and no case is erased before the receiver acknowledged it.
 */
class DeliveryFaultsTest {

    static final int N = Integer.getInteger("waymark.faults.cases", 2000);
    /** Cases for the slow case system: a few batches for each portal. */
    static final int SLOW = 600;
    static final Duration PATIENCE = Duration.ofSeconds(Integer.getInteger("waymark.faults.patience", 120));
    static final String SECRET = Processes.WEBHOOK_SECRET;
    static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([0-9A-Z]{4}-[0-9A-Z]{4})\"");

    @TempDir
    Path dir;

    private Map<String, String> database;
    private final List<Process> running = new ArrayList<>();
    private int receiverPort;
    private Path received;

    @BeforeEach
    void setUp() {
        database = TestPostgres.newDatabase();
        receiverPort = Processes.freePort();
        received = dir.resolve("received.jsonl");
    }

    @AfterEach
    void tearDown() {
        running.forEach(Processes::kill);
    }

    @Test
    void theReceiverDownThenTimingOutThenSlowAndFailingLosesNothing() throws Exception {
        int portal = startPortal(true);
        submit(N, portal);                                        // the receiver is down: every attempt is refused
        Process timingOut = startReceiver("--delay-ms", "1500");   // longer than the portal's 1 s read timeout
        Thread.sleep(2500);
        Processes.kill(timingOut);
        startReceiver("--delay-ms", "5", "--fail-every", "3");     // slow, and every third answer is a 500
        Report report = awaitAllDelivered(N);
        report.print("receiver down, timing out, slow and failing");
    }

    @Test
    void aPortalKilledAfterCommittingButBeforeSendingLosesNothing() throws Exception {
        int first = startPortal(false);                            // stores cases but has nowhere to send them
        submit(N, first);
        Processes.kill(running.remove(0));
        startReceiver();
        startPortal(true);
        awaitAllDelivered(N).print("portal killed after commit, before sending");
    }

    @Test
    void portalsKilledWhileSendingLoseNothingAndTheReceiverCollapsesTheRepeats() throws Exception {
        startReceiver("--delay-ms", "20");
        int portal = startPortal(true);
        submit(N, portal);
        for (int kill = 0; kill < 3; kill++) {                     // some cases are acknowledged but not yet marked sent
            Thread.sleep(700);
            Processes.kill(running.remove(running.size() - 1));
            startPortal(true);
        }
        awaitAllDelivered(N).print("portal killed while sending, three times");
    }

    @Test
    void twoPortalsDrainingOneOutboxNeverSendACaseTwice() throws Exception {
        startReceiver("--delay-ms", "2");
        // Timeouts and leases far longer than any send: a case sent twice could only have been claimed twice.
        Map<String, String> patient = Map.of("WAYMARK_DELIVERY_READ_TIMEOUT", "20s", "WAYMARK_DELIVERY_LEASE", "60s");
        int one = startPortal(true, patient);
        int two = startPortal(true, patient);
        submit(N, one, two);
        Report report = awaitAllDelivered(N);
        report.print("two portals draining one outbox");
        assertEquals(0, report.duplicates(), "with no crash and no timeout, no case was sent twice");
        assertEquals(N, report.requests(), "one request per case");
    }

    @Test
    void twoPortalsDrainingASlowCaseSystemSendEachCaseOnlyWhileTheyHoldIt() throws Exception {
        startReceiver("--delay-ms", "300");
        // Eight senders a portal, 300 ms a case: the two batches a portal holds at once take longer
        // to send than their 3 s lease. A case sent once its lease had run out could have been taken
        // over, and sent, by the other portal.
        int one = startPortal(true);
        int two = startPortal(true);
        submit(SLOW, one, two);
        Report report = awaitAllDelivered(SLOW);
        report.print("two portals draining one outbox to a slow case system");
        assertEquals(0, report.duplicates(), "no case was sent by both portals");
        assertEquals(SLOW, report.requests(), "one request per case");
        long givenBack = givenBack(one) + givenBack(two);
        System.out.printf("Delivery faults: %d cases given back unsent%n", givenBack);
        assertTrue(givenBack > 0, "cases waited past their lease for a sender, which is what this scenario tests");
    }

    @Test
    void aPortalStoppedWhileSendingRecordsWhatItSentAndHoldsNoCase() throws Exception {
        int storing = startPortal(false);
        submit(SLOW, storing);
        startReceiver("--delay-ms", "50");                          // 8 senders: about 160 cases a second
        int sending = startPortal(true);
        Process portal = running.get(running.size() - 1);
        Processes.await(() -> received() > 0, PATIENCE, "the portal sent nothing");
        portal.destroy();                                           // SIGTERM, as a container runtime stops it
        assertTrue(portal.waitFor(60, TimeUnit.SECONDS), "the portal stopped");
        String log = Files.readString(dir.resolve("portal-" + sending + ".log"));
        assertEquals(1, log.split("Delivery instance ", -1).length - 1, "no delivery worker was made again while stopping:\n" + log);
        assertFalse(log.contains("Delivery round failed"), log);
        assertEquals(0, count("SELECT COUNT(*) FROM case_delivery WHERE lease_owner IS NOT NULL"),
                "every case it had claimed was sent and recorded before it stopped");
        assertTrue(waiting() > 0, "it was stopped in the middle of the backlog, which is what this scenario tests");
        startPortal(true);
        Report report = awaitAllDelivered(SLOW);
        report.print("a portal stopped while sending");
        assertEquals(0, report.duplicates(), "nothing the stopped portal sent was sent again");
    }

    /**
     * The same on the embedded database, at its default address: H2 closes a database by itself
     * when the JVM begins to exit, unless told not to, and did so while the round under way was
     * recording what it had sent.
     */
    @Test
    void aPortalOnTheEmbeddedDatabaseStoppedWhileSendingRecordsWhatItSent() throws Exception {
        startReceiver("--delay-ms", "50");
        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironmentOnDefaultDatabase(port);
        env.put("WAYMARK_RATE_LIMIT", "1000000");
        env.put("WAYMARK_DELIVERY_URL", "http://127.0.0.1:" + receiverPort + "/cases");
        env.put("WAYMARK_DELIVERY_SECRET", SECRET);
        env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "50ms");
        Path log = dir.resolve("portal-h2.log");
        Process portal = Processes.java(dir, "uk.waymark.Application", env, log);
        running.add(portal);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", portal, log, Duration.ofSeconds(60));
        new Forms(port).sendContacts(SLOW);
        Processes.await(() -> received() > 0, PATIENCE, "the portal sent nothing");
        portal.destroy();
        assertTrue(portal.waitFor(60, TimeUnit.SECONDS), "the portal stopped");
        String output = Files.readString(log);
        assertFalse(output.contains(" ERROR "), output);
        assertEquals(1, output.split("Delivery instance ", -1).length - 1, output);
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/waymark")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
             Statement statement = h2.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FILTER (WHERE lease_owner IS NOT NULL),"
                     + " COUNT(*) FILTER (WHERE delivered_at IS NULL) FROM case_delivery")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "every case it had claimed was sent and recorded before it stopped");
            assertTrue(rows.getLong(2) > 0, "it was stopped in the middle of the backlog, which is what this scenario tests");
        }
    }

    private long received() {
        try {
            return number(stats(), "received");
        } catch (Exception e) {
            return 0;
        }
    }

    private static long givenBack(int portal) throws Exception {
        String metrics = Processes.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = Pattern.compile("(?m)^waymark_delivery_given_back_total(?:\\{[^}]*})? ([0-9.E]+)$").matcher(metrics);
        assertTrue(matcher.find(), metrics);
        return (long) Double.parseDouble(matcher.group(1));
    }

    // ------------------------------------------------------------------ processes

    private int startPortal(boolean delivering) {
        return startPortal(delivering, Map.of());
    }

    private int startPortal(boolean delivering, Map<String, String> overrides) {
        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironment(port, database);
        env.put("WAYMARK_RATE_LIMIT", "1000000");
        if (delivering) {
            env.put("WAYMARK_DELIVERY_URL", "http://127.0.0.1:" + receiverPort + "/cases");
            env.put("WAYMARK_DELIVERY_SECRET", SECRET);
            env.put("WAYMARK_DELIVERY_CONNECT_TIMEOUT", "500ms");
            env.put("WAYMARK_DELIVERY_READ_TIMEOUT", "1s");
            env.put("WAYMARK_DELIVERY_LEASE", "3s");
            env.put("WAYMARK_DELIVERY_FIRST_RETRY", "100ms");
            env.put("WAYMARK_DELIVERY_MAX_RETRY", "1s");
            env.put("WAYMARK_DELIVERY_MAX_ATTEMPTS", "1000");
            env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "50ms");
            env.putAll(overrides);
        }
        Path log = dir.resolve("portal-" + port + ".log");
        Process process = Processes.java("uk.waymark.Application", env, log);
        running.add(process);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", process, log, Duration.ofSeconds(60));
        return port;
    }

    private Process startReceiver(String... options) {
        Process process = Processes.receiver(receiverPort, SECRET, received, dir.resolve("receiver.log"), options);
        running.add(process);
        return process;
    }

    // ------------------------------------------------------------------ load and checks

    /** Sends {@code n} self-referrals through the form, spread over the given portals, 8 at a time. */
    private void submit(int n, int... ports) throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Forms> forms = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int port : ports) {
                Forms form = new Forms(port);
                forms.add(form);
                tokens.add(form.token("/contact"));
            }
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int which = i % ports.length;
                int number = i;
                sent.add(pool.submit(() -> {
                    Map<String, Object> answers = Forms.validContact();
                    answers.put("codeWord", "case " + number);
                    answers.put("token", tokens.get(which));
                    return forms.get(which).post("/contact", answers).statusCode();
                }));
            }
            for (Future<Integer> status : sent) {
                assertEquals(303, status.get(), "every referral was accepted");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, count("SELECT COUNT(*) FROM intake_case"), "every referral is a case");
        System.out.printf("Delivery faults: %d referrals sent through the form in %d ms%n", n, (System.nanoTime() - started) / 1_000_000);
    }

    record Report(int submitted, int received, long duplicates, long requests, int lost, int erasedUnacknowledged) {
        void print(String scenario) {
            System.out.printf("Delivery faults [%s]: submitted %d, received %d, duplicates collapsed %d, lost %d, erased before acknowledgement %d%n",
                    scenario, submitted, received, duplicates, lost, erasedUnacknowledged);
        }
    }

    private Report awaitAllDelivered(int n) throws Exception {
        long started = System.nanoTime();
        try {
            Processes.await(() -> waiting() == 0, PATIENCE, "cases still waiting");
        } catch (AssertionError e) {
            throw new AssertionError(waiting() + " cases still waiting. Logs:\n" + logs(), e);
        }
        System.out.printf("Delivery faults: outbox empty %d ms later%n", (System.nanoTime() - started) / 1_000_000);
        Set<String> stored = references("SELECT reference FROM intake_case");
        Set<String> erased = references("SELECT reference FROM intake_case WHERE personal_data IS NULL");
        List<String> lines = Files.readAllLines(received);
        Set<String> receivedReferences = new HashSet<>();
        for (String line : lines) {
            Matcher matcher = REFERENCE.matcher(line);
            assertTrue(matcher.find(), line);
            assertTrue(receivedReferences.add(matcher.group(1)), "recorded twice: " + matcher.group(1));
        }
        Set<String> lost = new HashSet<>(stored);
        lost.removeAll(receivedReferences);
        Set<String> erasedEarly = new HashSet<>(erased);
        erasedEarly.removeAll(receivedReferences);
        String stats = stats();
        var report = new Report(n, receivedReferences.size(), number(stats, "duplicates"), number(stats, "requests"), lost.size(),
                erasedEarly.size());
        assertEquals(n, stored.size());
        assertEquals(Set.of(), lost, "lost cases");
        assertEquals(Set.of(), erasedEarly, "erased before the receiver acknowledged them");
        assertEquals(stored, erased, "every acknowledged case is erased");
        assertEquals(0, count("SELECT COUNT(*) FROM intake_case WHERE status <> 'DELIVERED'"), "every case delivered");
        return report;
    }

    /** The last lines of every process's log, to see why a scenario failed. */
    private String logs() {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                List<String> lines = Files.readAllLines(log);
                out.append("== ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
            }
        } catch (java.io.IOException e) {
            out.append(e);
        }
        return out.toString();
    }

    private long waiting() {
        try {
            return count("SELECT COUNT(*) FROM intake_case WHERE status = 'NEW'");
        } catch (SQLException e) {
            return -1;
        }
    }

    private String stats() throws Exception {
        HttpResponse<String> response = Processes.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + receiverPort + "/stats")).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static long number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"), database.get("datasources.default.username"),
                database.get("datasources.default.password"));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Set<String> references(String sql) throws SQLException {
        Set<String> references = new HashSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        }
        return references;
    }
}
