package uk.waymark.store;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import uk.waymark.support.TestPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group commit on a real PostgreSQL, the production database. */
class GroupCommitOnPostgresTest extends GroupCommitContract {

    @Override
    Map<String, String> newDatabase() {
        return TestPostgres.newDatabase();
    }

    @Test
    void whenTheDatabaseIsUnreachableEveryWaitingUnitFailsWithinOneTimeoutNotOneEach() throws Exception {
        Map<String, String> database = TestPostgres.newDatabase();
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("waymark.encryption.keys", "test:B/Fv8mTO0vRVfB8LKWZiaWA4WU3jf3rnapNwSOHEClw=");
        properties.put("datasources.default.connection-timeout", "1000");
        ExecutorService callers = Executors.newCachedThreadPool();
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            GroupCommit commits = context.getBean(GroupCommit.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            TestPostgres.refuseConnections(database);
            // The cut connections are gone, and the pool checks an idle one before lending it again.
            Thread.sleep(1000);
            long started = System.nanoTime();
            List<Future<Integer>> units = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                units.add(callers.submit(() -> commits.run(() -> {
                    try (Statement statement = transactions.getConnection().createStatement()) {
                        statement.execute("SELECT 1");   // a unit that really asks the database
                        return 1;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            for (Future<Integer> unit : units) {
                ExecutionException failed = assertThrows(ExecutionException.class, () -> unit.get(60, TimeUnit.SECONDS));
                assertTrue(failed.getCause() instanceof RuntimeException, String.valueOf(failed.getCause()));
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            // One connection timeout (1 s) for the first unit, one for the group behind it; one
            // each, in turn, would be 12 s.
            assertTrue(seconds < 6, "12 units failed after " + seconds + " s");
        } finally {
            callers.shutdownNow();
        }
    }
}
