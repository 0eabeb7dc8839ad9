package uk.waymark.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests, started from a Maven artifact the first time a test asks for it
 * and stopped when the test JVM ends: one server per test run, a new empty database per caller.
 *
 * <p>In a {@code @MicronautTest}, implement {@link UsesPostgres}, or add {@link #newDatabase()} to
 * the properties of a {@code TestPropertyProvider}. Flyway creates the tables when the context starts.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // synchronous_commit is off (the library's default): faster, and a test never pulls the plug.
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /**
     * Makes the database unreachable, as an outage would: existing connections are cut and new
     * ones refused.
     */
    public static void refuseConnections(Map<String, String> database) {
        String url = database.get("datasources.default.url");
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot cut off test database " + name, e);
        }
    }

    /** Datasource properties for a new, empty database on the shared server. */
    public static Map<String, String> newDatabase() {
        String name = "waymark_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return Map.of(
                "datasources.default.url", server().getJdbcUrl("postgres", name),
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                // Many test contexts share the server; a few connections each are plenty.
                "datasources.default.maximum-pool-size", "3",
                "datasources.default.minimum-idle", "1");
    }
}
