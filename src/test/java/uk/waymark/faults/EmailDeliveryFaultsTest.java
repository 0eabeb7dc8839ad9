package uk.waymark.faults;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.support.Forms;
import uk.waymark.support.TestCertificates;
import uk.waymark.support.TestMailServer;
import uk.waymark.support.TestPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery by email through faults, with real processes: portals in JVMs of their own on one real
 * PostgreSQL, sending over real STARTTLS (the localhost certificate trusted through
 * WAYMARK_SMTP_TRUSTED_CERTIFICATES, with a sign-in) to a real SMTP server in the test's JVM: the
 * server down, slow past the read timeout, answering 4xx, answering 5xx (then redrive as a
 * command), and a portal SIGKILLed after the server accepted a message but before it was marked
 * sent. Every scenario sends hundreds of referrals through the form and passes only if each case
 * reaches the mailbox, every copy of a case carries that case's one Message-ID, none is lost, and
 * no case is ever erased before the server accepted its message. A message counts as accepted
 * once the server has taken it with a 250 at the end of DATA, whether the portal read that
 * answer or not. The test-delivery command runs as a process of its own against the same
 * server, up, refusing and down.
 */
class EmailDeliveryFaultsTest {

    static final int N = Integer.getInteger("waymark.faults.email.cases", 200);
    static final Duration PATIENCE = Duration.ofSeconds(Integer.getInteger("waymark.faults.patience", 120));
    static final String MAILBOX = "safeguarding@provider.test";
    static final String FROM = "portal@provider.test";
    static final String USER = "portal";
    static final String PASSWORD = "s3cret!";
    static final Pattern REFERENCE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}");
    static final Pattern MESSAGE_ID = Pattern.compile("<([^@<>]+)@[^<>]+>");

    private static Path certificates;
    private static TestCertificates localhost;

    @TempDir
    Path dir;

    private Map<String, String> database;
    private int smtpPort;
    private TestMailServer mail;
    private final List<Process> running = new CopyOnWriteArrayList<>();
    private final List<TestMailServer> servers = new ArrayList<>();
    /** What the server accepted, parsed once each, in the order it accepted them. */
    private final List<Accepted> accepted = new ArrayList<>();
    /** How many of the server's accepted messages have been read into {@link #accepted} or {@link #tests}. */
    private int seen;
    /** What the server accepted from test-delivery. */
    private final List<TestMailServer.Received> tests = new ArrayList<>();
    /** Message-IDs of cases seen erased while the server had not yet accepted their message. */
    private final Set<String> erasedEarly = new HashSet<>();

    @BeforeAll
    static void certificate() throws IOException {
        certificates = Files.createTempDirectory("waymark-mail-faults");
        localhost = TestCertificates.localhost(certificates);
    }

    @AfterAll
    static void removeCertificate() throws IOException {
        try (var files = Files.walk(certificates)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @BeforeEach
    void setUp() {
        database = TestPostgres.newDatabase();
        smtpPort = Processes.freePort();
    }

    @AfterEach
    void tearDown() {
        running.forEach(Processes::kill);
        servers.forEach(TestMailServer::close);
    }

    @Test
    void theServerDownSlowAnswering4xxThen5xxLosesNothingErasesNothingBeforeAcceptanceAndTestDeliverySaysSo() throws Exception {
        int portal = startPortal();                                  // nothing listens on the SMTP port yet

        Future<Command> testWhileDown = inBackground("test-delivery");
        Set<String> down = submit(N, portal);
        awaitUntil("every case tried against the closed port",
                () -> cases(down).allMatch(c -> c.attempts() > 0 && String.valueOf(c.lastFailure()).contains("ConnectException")));
        assertTrue(cases(down).allMatch(c -> c.status().equals("NEW") && !c.erased()), "with the server down every case waits, whole");
        Command notSent = testWhileDown.get();
        assertEquals(1, notSent.status(), notSent.output());
        assertTrue(notSent.output().contains("Test not sent to email to " + MAILBOX + " through localhost:" + smtpPort + " (starttls): "),
                notSent.output());
        assertTrue(notSent.output().contains("ConnectException"), notSent.output());
        assertTrue(notSent.output().contains("Cases would wait and be tried again."), notSent.output());
        assertNoWebServer(notSent);
        startMailServer();
        awaitDelivered(down);
        report(down).print("server down");

        AtomicInteger messages = new AtomicInteger();
        Set<String> tooSlow = ConcurrentHashMap.newKeySet();
        mail.pausing(20).beforeReplying(message -> {
            if (messages.incrementAndGet() % 40 == 0) {              // one in 40: 1.5 s more, past the portal's 1 s read timeout
                tooSlow.add(messageId(message));
                sleep(1500);
            }
        });
        Set<String> slow = submit(N, portal);
        awaitDelivered(slow);
        assertFalse(tooSlow.isEmpty());
        // The server took each of those after the portal had stopped waiting: each was sent again.
        awaitUntil("every message answered after the read timeout sent again, with its Message-ID",
                () -> tooSlow.stream().allMatch(id -> copiesByMessageId().getOrDefault(id, 0) >= 2));
        Report slowly = report(slow);
        slowly.print("server slow, sometimes past the read timeout");
        assertTrue(slowly.repeats() >= tooSlow.size(), slowly.repeats() + " repeats, " + tooSlow.size() + " answered too late");
        mail.pausing(0).beforeReplying(message -> { });

        int refusedBefore = mail.refused();
        mail.replying(451, "4.3.0 Try again later");
        Set<String> temporary = submit(N, portal);
        awaitUntil("a 451 for every case", () -> cases(temporary).allMatch(c -> String.valueOf(c.lastFailure()).startsWith("SMTP 451")));
        assertEquals(0, copies(temporary), "nothing accepted while the server answers 451");
        assertTrue(cases(temporary).allMatch(c -> c.status().equals("NEW") && !c.erased()), "after a 4xx every case waits, whole");
        int temporaryRefusals = mail.refused() - refusedBefore;
        assertTrue(temporaryRefusals >= N, temporaryRefusals + " refusals");
        mail.replying(250, "");
        awaitDelivered(temporary);
        report(temporary).print("server answering 4xx (" + temporaryRefusals + " times), then 250");

        int refusedCases = N / 4;
        int refusedBeforeFor5xx = mail.refused();
        mail.replying(554, "5.7.1 Message refused by policy");
        Future<Command> testWhileRefusing = inBackground("test-delivery");
        Set<String> permanent = submit(refusedCases, portal);
        awaitUntil("the refused cases dead-lettered", () -> cases(permanent).allMatch(c -> c.status().equals("DEAD")));
        long deadWhole = cases(permanent).filter(c -> !c.erased() && c.attempts() == 1 && c.lastFailure().startsWith("SMTP 554")).count();
        assertEquals(refusedCases, deadWhole, "dead-lettered at once, kept whole");
        Command refusedTest = testWhileRefusing.get();              // meanwhile dead letters are not retried by themselves
        assertEquals(1, refusedTest.status(), refusedTest.output());
        assertTrue(refusedTest.output().contains("Test refused by email to " + MAILBOX + " through localhost:" + smtpPort
                + " (starttls): SMTP 554"), refusedTest.output());
        assertTrue(refusedTest.output().contains("5.7.1 Message refused by policy"), "the server's words: " + refusedTest.output());
        assertTrue(refusedTest.output().contains("Cases would move to the dead-letter state."), refusedTest.output());
        assertNoWebServer(refusedTest);
        assertEquals(refusedCases + 1, mail.refused() - refusedBeforeFor5xx, "one attempt each, a 5xx being for good, and the test's");
        assertTrue(cases(permanent).allMatch(c -> c.status().equals("DEAD") && !c.erased() && c.attempts() == 1));

        mail.replying(250, "");
        Set<String> afterwards = submit(N - refusedCases, portal);
        awaitDelivered(afterwards);
        assertTrue(cases(permanent).allMatch(c -> c.status().equals("DEAD") && !c.erased() && c.attempts() == 1));
        assertEquals(0, copies(permanent));
        Future<Command> acceptedTest = inBackground("test-delivery");
        Command redrive = command("redrive");
        assertEquals(0, redrive.status(), redrive.output());
        assertTrue(redrive.output().contains(refusedCases + " dead-lettered cases will be sent again by the running portal"), redrive.output());
        assertNoWebServer(redrive);
        Set<String> both = new HashSet<>(permanent);
        both.addAll(afterwards);
        awaitDelivered(both);
        report(both).print("server answering 5xx to " + refusedCases + " cases, dead-lettered at once and kept whole " + deadWhole
                + ", then 250 and redrive");

        Command ok = acceptedTest.get();
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().contains("Test sent to email to " + MAILBOX + " through localhost:" + smtpPort
                + " (starttls): accepted (SMTP 250)."), ok.output());
        assertNoWebServer(ok);
        accepted();
        assertEquals(1, tests.size(), "one test message, and every other message a case");
        assertFalse(REFERENCE.matcher(tests.get(0).message().getSubject()).find(), "no case in the test");
        assertEquals(4 * N, report(allCases()).received(), "every case of every phase arrived");
    }

    @Test
    void aPortalKilledAfterTheServerAcceptedDataButBeforeMarkingSentLosesNothingAndRepeatsTheSameMessageId() throws Exception {
        BlockingQueue<Process> killed = new LinkedBlockingQueue<>();
        Set<String> unacknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger messages = new AtomicInteger();
        int portal = startPortal();
        Set<String> submitted = submit(N, portal);                   // the server is not up yet: the cases wait
        startMailServer().beforeReplying(message -> {
            if (messages.incrementAndGet() == N / 4) {
                // The whole message has arrived. Freeze the portal so that it cannot read the 250, let the
                // server answer 250, then SIGKILL it: the server has the case and the portal never knew.
                Process sender = running.get(running.size() - 1);
                Processes.freeze(sender);
                unacknowledged.add(messageId(message));
                Thread killer = new Thread(() -> {
                    sleep(300);
                    Processes.kill(sender);
                    killed.add(sender);
                });
                killer.start();
            }
        });
        Process dead = killed.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(dead, "the kill did not happen; logs:\n" + logs());
        running.remove(dead);
        String id = unacknowledged.iterator().next();
        CaseState unmarked = states().get(id);
        assertEquals("NEW", unmarked.status(), "the server accepted it, the portal never marked it sent");
        assertFalse(unmarked.erased());
        startPortal();                                               // on the same database
        awaitDelivered(submitted);
        Report report = report(submitted);
        report.print("portal SIGKILLed after the server accepted DATA, before marking sent");
        assertEquals(1, unacknowledged.size());
        assertTrue(copiesByMessageId().get(id) >= 2, "the case whose 250 the portal never read was sent again, with the same Message-ID");
        assertTrue(report.repeats() >= 1);
        // A mailbox does not drop repeats the way a case system drops a repeated Idempotency-Key: each
        // accepted message is recorded at once, so a crash repeats only what was in flight (8 at a time).
        assertTrue(report.repeats() <= 8, report.repeats() + " repeats: more than the cases in flight were sent again");
    }

    // ------------------------------------------------------------------ processes

    /** The environment of a portal or a command sending to the mail server on {@code port}. */
    private Map<String, String> environment(int httpPort, int port) {
        Map<String, String> env = Processes.portalEnvironment(httpPort, database);
        env.put("WAYMARK_RATE_LIMIT", "1000000");
        env.put("WAYMARK_DELIVERY_EMAIL_TO", MAILBOX);
        env.put("WAYMARK_DELIVERY_EMAIL_FROM", FROM);
        env.put("WAYMARK_SMTP_HOST", "localhost");
        env.put("WAYMARK_SMTP_PORT", Integer.toString(port));
        env.put("WAYMARK_SMTP_USER", USER);
        env.put("WAYMARK_SMTP_PASSWORD", PASSWORD);
        env.put("WAYMARK_SMTP_TLS", "starttls");
        env.put("WAYMARK_SMTP_TRUSTED_CERTIFICATES", localhost.pem().toString());
        env.put("WAYMARK_DELIVERY_CONNECT_TIMEOUT", "500ms");
        env.put("WAYMARK_DELIVERY_READ_TIMEOUT", "1s");
        env.put("WAYMARK_DELIVERY_LEASE", "3s");
        env.put("WAYMARK_DELIVERY_FIRST_RETRY", "100ms");
        env.put("WAYMARK_DELIVERY_MAX_RETRY", "1s");
        env.put("WAYMARK_DELIVERY_MAX_ATTEMPTS", "1000");
        env.put("WAYMARK_DELIVERY_POLL_INTERVAL", "50ms");
        return env;
    }

    private int startPortal() {
        int port = Processes.freePort();
        Path log = dir.resolve("portal-" + port + ".log");
        Process process = Processes.java("uk.waymark.Application", environment(port, smtpPort), log);
        running.add(process);
        long t0 = System.nanoTime();
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", process, log, Duration.ofSeconds(60));
        System.out.printf("Email delivery faults: portal started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        return port;
    }

    /** The scenario's mail server, on the port the portals send to. */
    private TestMailServer startMailServer() {
        mail = startMailServer(smtpPort);
        return mail;
    }

    private TestMailServer startMailServer(int port) {
        TestMailServer server = TestMailServer.start(TestMailServer.Mode.STARTTLS, port, localhost, USER, PASSWORD);
        servers.add(server);
        return server;
    }

    record Command(int status, String output) {
    }

    /** Runs the portal's command as a process of its own, to its end. */
    private Command command(String... args) throws Exception {
        int httpPort = Processes.freePort();
        Path log = dir.resolve(args[0] + "-" + httpPort + ".log");
        Process process = Processes.java("uk.waymark.Application", environment(httpPort, smtpPort), log, args);
        running.add(process);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), args[0] + " ended by itself; see " + log);
        return new Command(process.exitValue(), Files.readString(log));
    }

    /** Runs the command as {@link #command} does, in a thread of its own: the test goes on meanwhile. */
    private Future<Command> inBackground(String... args) {
        FutureTask<Command> task = new FutureTask<>(() -> command(args));
        Thread thread = new Thread(task, args[0]);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static void assertNoWebServer(Command command) {
        assertFalse(command.output().contains("Startup completed") || command.output().contains("Server Running"),
                "no web server: " + command.output());
        assertFalse(command.output().contains("cases go by"), "no delivery worker: " + command.output());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ load and checks

    /** Sends {@code n} self-referrals through the form, 8 at a time; returns their cases' Message-IDs. */
    private Set<String> submit(int n, int port) throws Exception {
        Set<String> before = allCases();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Forms form = new Forms(port);
            String token = form.token("/contact");
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                sent.add(pool.submit(() -> {
                    Map<String, Object> answers = Forms.validContact();
                    answers.put("codeWord", "case " + number);
                    answers.put("token", token);
                    return form.post("/contact", answers).statusCode();
                }));
            }
            for (Future<Integer> status : sent) {
                assertEquals(303, status.get(), "every referral was accepted");
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> added = allCases();
        added.removeAll(before);
        assertEquals(n, added.size(), "every referral is a case");
        System.out.printf("Email delivery faults: %d referrals sent through the form in %d ms%n", n, (System.nanoTime() - started) / 1_000_000);
        return added;
    }

    /** How one case stands in the database, by its Message-ID's key. */
    record CaseState(String messageId, String reference, String status, boolean erased, int attempts, String lastFailure) {
    }

    private Map<String, CaseState> states() {
        Map<String, CaseState> states = new HashMap<>();
        query("SELECT d.message_id, c.reference, c.status, c.personal_data IS NULL, d.attempts, d.last_failure"
                        + " FROM case_delivery d JOIN intake_case c ON c.id = d.case_id",
                rows -> states.put(rows.getString(1), new CaseState(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getBoolean(4), rows.getInt(5), rows.getString(6))));
        return states;
    }

    private Stream<CaseState> cases(Set<String> ids) {
        Map<String, CaseState> states = states();
        return ids.stream().map(states::get);
    }

    private Set<String> allCases() {
        return new HashSet<>(states().keySet());
    }

    /** A message the server accepted: its Message-ID's key and the case reference its subject names. */
    record Accepted(String messageId, String reference) {
    }

    private static String messageId(TestMailServer.Received received) {
        try {
            String header = received.message().getMessageID();
            assertNotNull(header, "every message has a Message-ID");
            Matcher key = MESSAGE_ID.matcher(header.strip());
            assertTrue(key.matches(), header);
            return key.group(1);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private List<Accepted> accepted() {
        if (mail != null) {
            List<TestMailServer.Received> all = mail.received();
            for (; seen < all.size(); seen++) {
                TestMailServer.Received received = all.get(seen);
                assertEquals(List.of(MAILBOX), received.to());
                assertEquals(FROM, received.from());
                try {
                    MimeMessage message = received.message();
                    if ("Waymark test message".equals(message.getSubject())) {
                        tests.add(received);
                        continue;
                    }
                    Matcher reference = REFERENCE.matcher(String.valueOf(message.getSubject()));
                    assertTrue(reference.find(), "the subject names the case: " + message.getSubject());
                    accepted.add(new Accepted(messageId(received), reference.group()));
                } catch (MessagingException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return accepted;
    }

    private Map<String, Integer> copiesByMessageId() {
        Map<String, Integer> copies = new HashMap<>();
        accepted().forEach(a -> copies.merge(a.messageId(), 1, Integer::sum));
        return copies;
    }

    /** How many messages the server accepted for these cases, copies included. */
    private long copies(Set<String> ids) {
        return accepted().stream().filter(a -> ids.contains(a.messageId())).count();
    }

    /**
     * Reads which cases are erased, then what the server has accepted: a case erased at the first
     * reading was accepted before it, so it must be in the second.
     */
    private void checkNothingErasedBeforeAcceptance() {
        Set<String> erased = strings("SELECT d.message_id FROM case_delivery d JOIN intake_case c ON c.id = d.case_id"
                + " WHERE c.personal_data IS NULL");
        Set<String> acceptedIds = new HashSet<>();
        accepted().forEach(a -> acceptedIds.add(a.messageId()));
        erased.removeAll(acceptedIds);
        erasedEarly.addAll(erased);
    }

    /** Waits for the condition, checking all the while that no case is erased before the server accepted it. */
    private void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            checkNothingErasedBeforeAcceptance();
            if (condition.getAsBoolean()) {
                checkNothingErasedBeforeAcceptance();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what + " (" + statuses() + "). Logs:\n" + logs());
            }
            sleep(100);
        }
    }

    record Report(int submitted, int received, int distinctMessageIds, int repeats, int lost, int erasedBeforeAcceptance) {
        void print(String scenario) {
            System.out.printf("Email delivery faults [%s]: submitted %d, received %d, distinct Message-IDs %d, repeats with the same "
                    + "Message-ID %d, lost %d, erased before acceptance %d%n", scenario, submitted, received, distinctMessageIds, repeats,
                    lost, erasedBeforeAcceptance);
        }
    }

    private void awaitDelivered(Set<String> ids) {
        long started = System.nanoTime();
        awaitUntil("every case delivered", () -> cases(ids).allMatch(c -> c.status().equals("DELIVERED")));
        System.out.printf("Email delivery faults: every case delivered %d ms later%n", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What the server accepted for these cases against what was stored, asserting each case
     * arrived, every copy of a case carries its one Message-ID, none was erased early and every
     * one accepted is erased.
     */
    private Report report(Set<String> ids) {
        checkNothingErasedBeforeAcceptance();
        Map<String, CaseState> states = states();
        Map<String, Set<String>> idsByReference = new HashMap<>();
        Set<String> distinctIds = new HashSet<>();
        int messages = 0;
        for (Accepted message : accepted()) {
            CaseState state = states.get(message.messageId());
            assertNotNull(state, "every message's Message-ID is a case's idempotency key: " + message);
            assertEquals(state.reference(), message.reference(), "a message's Message-ID is its own case's: " + message);
            if (ids.contains(message.messageId())) {
                idsByReference.computeIfAbsent(message.reference(), r -> new HashSet<>()).add(message.messageId());
                distinctIds.add(message.messageId());
                messages++;
            }
        }
        idsByReference.forEach((reference, copies) ->
                assertEquals(1, copies.size(), "every copy of case " + reference + " carries the first copy's Message-ID: " + copies));
        Set<String> lost = new HashSet<>();
        for (String id : ids) {
            if (!idsByReference.containsKey(states.get(id).reference())) {
                lost.add(states.get(id).reference());
            }
        }
        Set<String> early = new HashSet<>(erasedEarly);
        early.retainAll(ids);
        var report = new Report(ids.size(), idsByReference.size(), distinctIds.size(), messages - distinctIds.size(), lost.size(),
                early.size());
        assertEquals(Set.of(), lost, "lost cases");
        assertEquals(ids, distinctIds, "N referrals, N distinct messages");
        assertEquals(Set.of(), erasedEarly, "cases erased before the server accepted their message");
        assertTrue(ids.stream().allMatch(id -> states.get(id).erased() && states.get(id).status().equals("DELIVERED")),
                "every accepted case is erased");
        return report;
    }

    private String statuses() {
        StringBuilder out = new StringBuilder();
        query("SELECT status, COUNT(*) FROM intake_case GROUP BY status ORDER BY status",
                rows -> out.append(rows.getString(1)).append(' ').append(rows.getLong(2)).append(' '));
        return out.append("accepted ").append(mail == null ? 0 : mail.received().size())
                .append(", refused ").append(mail == null ? 0 : mail.refused()).toString();
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
        } catch (IOException e) {
            out.append(e);
        }
        return out.toString();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"), database.get("datasources.default.username"),
                database.get("datasources.default.password"));
    }

    interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Row row) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private Set<String> strings(String sql) {
        Set<String> values = new HashSet<>();
        query(sql, rows -> values.add(rows.getString(1)));
        return values;
    }
}
