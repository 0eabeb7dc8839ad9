package uk.waymark.web.forms;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.FormsConfiguration;
import uk.waymark.store.GroupCommit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link RateLimiter} promises, on a real database: each subclass runs it on one. Two
 * limiters on one database stand for two instances. The table is read back with plain JDBC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RateLimiterContract {

    static final Duration WINDOW = Duration.ofMinutes(10);

    /** Datasource properties for a new, empty database. */
    abstract Map<String, String> newDatabase();

    private Map<String, String> database;
    private ApplicationContext context;
    private RateLimitRepository repository;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));

    @BeforeAll
    void start() {
        database = newDatabase();
        context = start(database);
        repository = context.getBean(RateLimitRepository.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    static ApplicationContext start(Map<String, String> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("waymark.forms.secret", "the same on every instance");
        return ApplicationContext.run(properties, "test");
    }

    RateLimiter limiter(int limit) {
        return limiter(limit, "the same on every instance");
    }

    RateLimiter limiter(int limit, String secret) {
        var config = new FormsConfiguration(secret, Duration.ofHours(4), limit, WINDOW, true, Duration.ofMinutes(30));
        return new RateLimiter(config, clock, repository, new DatabaseConfiguration(database.get("datasources.default.url")),
                context.getBean(GroupCommit.class));
    }

    @Test
    void twoInstancesKeepOneCountAndRefusedPostsAreNotCounted() throws SQLException {
        RateLimiter one = limiter(5);
        RateLimiter two = limiter(5);
        byte[] client = one.clientKey().ofAddress("192.0.2.10");
        for (int i = 0; i < 5; i++) {
            assertTrue((i % 2 == 0 ? one : two).allow(client), "post " + (i + 1));
        }
        assertFalse(one.allow(client));
        assertFalse(two.allow(client));
        assertEquals(5, posts(client), "refused posts are not counted");
        assertTrue(two.allow(one.clientKey().ofAddress("192.0.2.11")), "another client");
    }

    @Test
    void theWindowStartsWithTheClientsFirstPostAndThenStartsAgain() {
        RateLimiter limiter = limiter(3);
        byte[] client = limiter.clientKey().ofAddress("192.0.2.20");
        Instant first = clock.instant();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.allow(client));
            clock.set(clock.instant().plusSeconds(60));
        }
        clock.set(first.plus(WINDOW).minusSeconds(1));
        assertFalse(limiter.allow(client), "still inside the window that began with the first post");
        clock.set(first.plus(WINDOW));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.allow(client), "a new window: post " + (i + 1));
        }
        assertFalse(limiter.allow(client));
        clock.set(first);
    }

    @Test
    void ipv6ClientsAreCountedByTheir64AndIpv4ByAddress() {
        RateLimiter limiter = limiter(2);
        ClientKey keys = limiter.clientKey();
        assertTrue(limiter.allow(keys.ofAddress("2001:db8:77:1::1")));
        assertTrue(limiter.allow(keys.ofAddress("[2001:db8:77:1:aaaa:bbbb:cccc:dddd]:443")));
        assertFalse(limiter.allow(keys.ofAddress("2001:0db8:0077:0001:ffff:ffff:ffff:ffff")), "same /64");
        assertTrue(limiter.allow(keys.ofAddress("2001:db8:77:2::1")), "the next /64 is another client");

        assertTrue(limiter.allow(keys.ofAddress("198.51.100.7")));
        assertTrue(limiter.allow(keys.ofAddress("::ffff:198.51.100.7")), "an IPv4-mapped address is the IPv4 client");
        assertFalse(limiter.allow(keys.ofAddress("198.51.100.7:51234")));
        assertTrue(limiter.allow(keys.ofAddress("198.51.100.8")), "the next IPv4 address is another client");
    }

    @Test
    void concurrentPostsFromTwoInstancesCountEachPostOnce() throws Exception {
        RateLimiter one = limiter(100);
        RateLimiter two = limiter(100);
        byte[] client = one.clientKey().ofAddress("203.0.113.30");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> posts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                RateLimiter instance = i % 2 == 0 ? one : two;
                posts.add(() -> instance.allow(client));
            }
            int allowed = 0;
            for (Future<Boolean> post : pool.invokeAll(posts)) {
                allowed += post.get() ? 1 : 0;
            }
            assertEquals(100, allowed, "exactly the limit, under contention");
            assertEquals(100, posts(client));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSweepForgetsOnlyClientsWhoseWindowHasEnded() throws SQLException {
        RateLimiter limiter = limiter(5);
        Instant start = clock.instant();
        clock.set(start.plusSeconds(3600));
        byte[] old = limiter.clientKey().ofAddress("192.0.2.40");
        limiter.allow(old);
        clock.set(start.plusSeconds(3600).plus(WINDOW).minusSeconds(30));
        byte[] recent = limiter.clientKey().ofAddress("192.0.2.41");
        limiter.allow(recent);
        clock.set(start.plusSeconds(3600).plus(WINDOW));
        limiter.sweep();
        assertEquals(-1, posts(old), "window ended: forgotten");
        assertEquals(1, posts(recent), "window still open: kept");
        clock.set(start);
    }

    @Test
    void theTableHoldsOnlyKeyedHashesNeverAnAddress() throws SQLException {
        RateLimiter limiter = limiter(5);
        limiter.allow(limiter.clientKey().ofAddress("192.0.2.50"));
        limiter.allow(limiter.clientKey().ofAddress("2001:db8:50::1"));
        try (Connection connection = jdbc(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT client_key FROM rate_limit")) {
            int seen = 0;
            while (rows.next()) {
                byte[] key = rows.getBytes(1);
                assertEquals(ClientKey.LENGTH, key.length);
                String text = new String(key, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(new String(new byte[]{(byte) 192, 0, 2, 50}, java.nio.charset.StandardCharsets.ISO_8859_1)));
                seen++;
            }
            assertTrue(seen >= 2);
        }
        byte[] ours = limiter.clientKey().ofAddress("192.0.2.50");
        byte[] otherDeployment = limiter(5, "another deployment's secret").clientKey().ofAddress("192.0.2.50");
        assertFalse(java.util.Arrays.equals(ours, otherDeployment), "the hash depends on the deployment's secret");
    }

    @Test
    void whenTheDatabaseFailsThePostGoesThroughAndTheLogNamesNoClient() throws Exception {
        Map<String, String> broken = newDatabase();
        try (ApplicationContext other = start(broken)) {
            var config = new FormsConfiguration("s", Duration.ofHours(4), 1, WINDOW, true, Duration.ofMinutes(30));
            var limiter = new RateLimiter(config, clock, other.getBean(RateLimitRepository.class),
                    new DatabaseConfiguration(broken.get("datasources.default.url")), other.getBean(GroupCommit.class));
            byte[] client = limiter.clientKey().ofAddress("192.0.2.60");
            assertTrue(limiter.allow(client));
            assertFalse(limiter.allow(client), "counting works before the failure");
            try (Connection connection = jdbc(broken); Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE rate_limit RENAME TO rate_limit_gone");
            }
            Logger log = (Logger) LoggerFactory.getLogger(RateLimiter.class);
            ListAppender<ILoggingEvent> captured = new ListAppender<>();
            captured.start();
            log.addAppender(captured);
            try {
                assertTrue(limiter.allow(client), "the database cannot count: the post goes through");
                limiter.sweep();
            } finally {
                log.detachAppender(captured);
            }
            assertEquals(2, captured.list.size(), captured.list.toString());
            for (ILoggingEvent event : captured.list) {
                String line = event.getFormattedMessage();
                System.out.println("Logged: " + line);
                assertTrue(line.contains("Exception"), line);
                assertFalse(line.contains("192.0.2.60") || line.contains("rate_limit_gone"), line);
                assertEquals(null, event.getThrowableProxy(), "no stack trace, whose messages could quote values");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private long posts(byte[] client) throws SQLException {
        try (Connection connection = jdbc();
             var statement = connection.prepareStatement("SELECT posts FROM rate_limit WHERE client_key = ?")) {
            statement.setBytes(1, client);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private Connection jdbc() throws SQLException {
        return jdbc(database);
    }

    private static Connection jdbc(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
