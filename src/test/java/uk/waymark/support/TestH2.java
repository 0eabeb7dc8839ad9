package uk.waymark.support;

import java.util.Map;
import java.util.UUID;

/**
 * A new in-memory H2 database in PostgreSQL mode, the same mode as the embedded default. It lives
 * until the test JVM ends, so that several contexts in one test can use it one after another.
 */
public final class TestH2 {

    private TestH2() {
    }

    public static Map<String, String> newDatabase() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "");
    }
}
