package uk.waymark.store;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link GroupCommit} promises, on a real database: each subclass runs it on one. Units
 * write rows of {@code rate_limit} (any table would do); the rows are read back over a separate
 * plain JDBC connection, never through the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GroupCommitContract {

    /** Datasource properties for a new, empty database. */
    abstract Map<String, String> newDatabase();

    private Map<String, String> database;
    private ApplicationContext context;
    private GroupCommit commits;
    private TransactionOperations<Connection> transactions;
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        database = newDatabase();
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("waymark.encryption.keys", "test:B/Fv8mTO0vRVfB8LKWZiaWA4WU3jf3rnapNwSOHEClw=");
        context = ApplicationContext.run(properties, "test");
        commits = context.getBean(GroupCommit.class);
        transactions = context.getBean(TransactionOperations.class);
    }

    @AfterAll
    void stop() {
        callers.shutdownNow();
        context.close();
    }

    @Test
    void callersWaitingTogetherShareOneCommitAndEachGetsItsOwnResult() throws Exception {
        long commitsBefore = commits.commits();
        long unitsBefore = commits.units();
        // The first unit holds the writer for a moment, so that the others gather behind it.
        Future<Integer> slow = callers.submit(() -> commits.run(() -> {
            sleep(300);
            return insert("together-0");
        }));
        sleep(50);
        List<Future<Integer>> rest = new ArrayList<>();
        for (int i = 1; i < 40; i++) {
            String key = "together-" + i;
            rest.add(callers.submit(() -> commits.run(() -> insert(key))));
        }

        assertEquals(1, slow.get(10, TimeUnit.SECONDS));
        for (Future<Integer> each : rest) {
            assertEquals(1, each.get(10, TimeUnit.SECONDS));
        }
        for (int i = 0; i < 40; i++) {
            assertTrue(exists("together-" + i), "together-" + i);
        }
        long units = commits.units() - unitsBefore;
        long transactionsUsed = commits.commits() - commitsBefore;
        assertEquals(40, units);
        assertTrue(transactionsUsed <= 3, "40 units waiting together took " + transactionsUsed + " commits");
    }

    @Test
    void aFailingUnitFailsAloneWithItsOwnExceptionAndNothingItWroteIsKept() throws Exception {
        insertNow("already-there");
        Future<Integer> slow = callers.submit(() -> commits.run(() -> {
            sleep(300);
            return insert("alone-0");
        }));
        sleep(50);
        IllegalStateException thrown = new IllegalStateException("unit 5 gives up");
        Map<Integer, Future<Integer>> units = new HashMap<>();
        for (int i = 1; i < 10; i++) {
            String key = "alone-" + i;
            int n = i;
            units.put(i, callers.submit(() -> commits.run(() -> {
                int rows = insert(key);
                if (n == 5) {
                    throw thrown;
                }
                if (n == 7) {
                    return insert("already-there");   // a duplicate key: the database refuses it
                }
                return rows;
            })));
        }

        assertEquals(1, slow.get(10, TimeUnit.SECONDS));
        ExecutionException five = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> units.get(5).get(10, TimeUnit.SECONDS));
        assertSame(thrown, five.getCause());
        ExecutionException seven = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> units.get(7).get(10, TimeUnit.SECONDS));
        assertInstanceOf(RuntimeException.class, seven.getCause());
        for (int i = 0; i < 10; i++) {
            if (i != 5 && i != 7) {
                assertEquals(1, i == 0 ? 1 : units.get(i).get(10, TimeUnit.SECONDS));
                assertTrue(exists("alone-" + i), "alone-" + i + " was kept");
            }
        }
        assertFalse(exists("alone-5"), "the unit that threw left nothing");
        assertFalse(exists("alone-7"), "the unit the database refused left nothing");
    }

    @Test
    void aResultIsGivenOnlyOnceItsTransactionHasCommitted() {
        AtomicBoolean seenBeforeCommit = new AtomicBoolean(true);

        int rows = commits.run(() -> {
            int inserted = insert("after-commit");
            seenBeforeCommit.set(exists("after-commit"));
            return inserted;
        });

        assertEquals(1, rows);
        assertFalse(seenBeforeCommit.get(), "another connection saw the row before the commit");
        assertTrue(exists("after-commit"), "the row is there once the caller has its answer");
    }

    @Test
    void aUnitThatRunsAnotherRunsItInItsOwnTransactionWithoutWaiting() {
        int rows = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> commits.run(() -> insert("outer") + commits.run(() -> insert("inner"))));

        assertEquals(2, rows);
        assertTrue(exists("outer") && exists("inner"));
    }

    @Test
    void aQuietPortalCommitsEachUnitAtOnce() throws Exception {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> commits.run(() -> insert("quiet")), callers);

        assertEquals(1, one.get(2, TimeUnit.SECONDS));
        assertTrue(exists("quiet"));
    }

    /** In the writer's transaction. */
    private int insert(String key) {
        try (PreparedStatement insert = transactions.getConnection().prepareStatement(
                "INSERT INTO rate_limit (client_key, window_start, posts) VALUES (?, ?, 1)")) {
            insert.setBytes(1, key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert refused: SQL state " + e.getSQLState(), e);
        }
    }

    private void insertNow(String key) throws SQLException {
        try (Connection connection = jdbc();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rate_limit (client_key, window_start, posts) VALUES (?, ?, 1)")) {
            insert.setBytes(1, key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
        }
    }

    /** Over a connection of its own, as another instance would see it. */
    private boolean exists(String key) {
        try (Connection connection = jdbc();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM rate_limit WHERE client_key = ?")) {
            select.setBytes(1, key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
