package uk.waymark.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL for the benchmark (src/bench/run) with durable commits: fsync and
 * synchronous_commit on, unlike the tests' server. Two databases: the portal's, whose JDBC
 * address it writes to the file named by the first argument, and, if a second is named, one for
 * the database's own rate ({@link DatabaseLimit}), whose rows must not join the portal's outbox.
 * Then runs until the process is stopped.
 */
public final class DurablePostgres {

    private DurablePostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE bench");
            statement.execute("CREATE DATABASE bench_limit");
            try (var settings = statement.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
                settings.next();
                System.out.println("PostgreSQL " + postgres.getPostgresDatabase().getConnection().getMetaData().getDatabaseProductVersion()
                        + ": fsync=" + settings.getString(1) + ", synchronous_commit=" + settings.getString(2));
            }
        }
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), postgres.getJdbcUrl("postgres", "bench_limit"));
        }
        Files.writeString(Path.of(args[0]), postgres.getJdbcUrl("postgres", "bench"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Thread.currentThread().join();
    }
}
