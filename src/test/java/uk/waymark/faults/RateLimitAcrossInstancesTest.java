package uk.waymark.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;
import uk.waymark.support.TestPostgres;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate limit is one count per client across instances: two portal processes behind one
 * proxy (X-Forwarded-For), one real PostgreSQL. A client whose posts are split across both gets
 * exactly the limit, whichever instance it reaches, also after one instance restarts; an IPv6
 * client is one client across its /64; and while it floods, other people's referrals still open
 * cases.
 */
class RateLimitAcrossInstancesTest {

    static final int LIMIT = 4;
    static final String PATH = SitePage.CONTACT.path();
    /** One IPv6 client: every post comes from another address in the same /64. */
    static final String FLOODER_PREFIX = "2001:db8:4a:7c::";

    @TempDir
    Path dir;

    private Map<String, String> database;
    private final List<Process> running = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void tearDown() {
        running.forEach(Processes::kill);
    }

    @Test
    void aClientGetsTheLimitOnceAcrossTwoInstancesAndOthersStillGetThrough() throws Exception {
        int[] ports = {startPortal(), startPortal()};
        List<Forms> forms = List.of(new Forms(ports[0]), new Forms(ports[1]));
        int[] acceptedPerInstance = new int[2];

        // The limit's posts, split across both instances, each from another address in one /64.
        for (int i = 0; i < LIMIT; i++) {
            int which = i % 2;
            HttpResponse<String> sent = post(forms.get(which), FLOODER_PREFIX + Integer.toHexString(i + 1), "flood " + i);
            assertEquals(303, sent.statusCode(), "post " + (i + 1) + " of the limit, to instance " + (which + 1));
            acceptedPerInstance[which]++;
        }

        // One more, on each instance: 429, answers kept.
        for (int which = 0; which < 2; which++) {
            HttpResponse<String> limited = post(forms.get(which), FLOODER_PREFIX + "ff" + which, "one too many");
            assertEquals(429, limited.statusCode(), "the post after the limit, on instance " + (which + 1));
            assertTrue(limited.body().contains("value=\"one too many\""), "answers kept on the 429");
            assertTrue(limited.body().contains("You have sent a lot of forms in a short time. Wait 10 minutes, then send this again"));
        }

        // The count survives a restart of one instance.
        Processes.kill(running.remove(1));
        ports[1] = startPortal();
        forms = List.of(forms.get(0), new Forms(ports[1]));
        assertEquals(429, post(forms.get(1), FLOODER_PREFIX + "abc", "after the restart").statusCode(),
                "still limited on the restarted instance");

        // The same client floods both instances while other people send real referrals.
        int flood = 200;
        int others = 20;
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger othersAccepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Forms> both = forms;
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < flood; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    int status = post(both.get(n % 2), FLOODER_PREFIX + Integer.toHexString(0x1000 + n), "flood more " + n).statusCode();
                    assertEquals(429, status, "every flooding post after the limit is refused");
                    refused.incrementAndGet();
                    return null;
                }));
            }
            for (int i = 0; i < others; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    String address = n % 2 == 0 ? "198.51.100." + (n + 1) : "2001:db8:" + Integer.toHexString(0x100 + n) + "::1";
                    int status = post(both.get(n % 2), address, "someone else " + n).statusCode();
                    assertEquals(303, status, "another client's referral is accepted during the flood");
                    othersAccepted.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        long cases = count("SELECT COUNT(*) FROM intake_case");
        long rows = count("SELECT COUNT(*) FROM rate_limit");
        System.out.printf("Rate limit across two instances (limit %d): accepted %d on instance 1 and %d on instance 2, "
                        + "then 429 on both and on instance 2 after its restart; during the flood %d more posts from the same /64 "
                        + "got 429 and %d of %d other clients' referrals were accepted; cases opened %d; rate_limit rows %d%n",
                LIMIT, acceptedPerInstance[0], acceptedPerInstance[1], refused.get(), othersAccepted.get(), others, cases, rows);
        assertEquals(LIMIT + others, cases, "the limit's posts and every other client's referral are cases; nothing refused is");
        assertEquals(1 + others, rows, "one count per client");
        assertNoAddressStored();
    }

    private HttpResponse<String> post(Forms form, String clientAddress, String codeWord) throws Exception {
        Map<String, Object> answers = Forms.validContact();
        answers.put("codeWord", codeWord);
        answers.put("token", form.token(PATH));
        return form.post(PATH, Forms.encode(answers), "Origin", form.origin(), "X-Forwarded-For", "203.0.113.9, " + clientAddress);
    }

    private void assertNoAddressStored() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet all = statement.executeQuery("SELECT * FROM rate_limit")) {
            int columns = all.getMetaData().getColumnCount();
            while (all.next()) {
                for (int c = 1; c <= columns; c++) {
                    String value = String.valueOf(all.getObject(c));
                    assertFalse(value.contains("2001:db8") || value.contains("198.51.100"), "no address in the table: " + value);
                }
            }
        }
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log);
                assertFalse(text.contains("2001:db8") || text.contains("198.51.100"), "no address in " + log.getFileName());
            }
        }
    }

    private int startPortal() {
        int port = Processes.freePort();
        Map<String, String> env = Processes.portalEnvironment(port, database);
        env.put("WAYMARK_RATE_LIMIT", Integer.toString(LIMIT));
        env.put("WAYMARK_TRUST_PROXY", "true");
        Path log = dir.resolve("portal-" + port + ".log");
        Process process = Processes.java("uk.waymark.Application", env, log);
        running.add(process);
        Processes.awaitOk("http://127.0.0.1:" + port + "/health", process, log, Duration.ofSeconds(60));
        return port;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(database.get("datasources.default.url"), database.get("datasources.default.username"),
                database.get("datasources.default.password"));
    }
}
