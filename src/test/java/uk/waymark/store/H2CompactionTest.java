package uk.waymark.store;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded H2 file, compacted while the portal runs ({@link H2Compaction}), on a real file
 * database with the default address's settings. A table that only grows, one row a commit, as the
 * cases do, leaves many chunks of the file each holding a page still in use (here about one chunk
 * for six commits, a fifth of their bytes in use): without compaction they stay, and so do their
 * records in the heap. H2's own figures (INFORMATION_SCHEMA.SETTINGS) are read over a plain JDBC
 * connection to the same database.
 */
class H2CompactionTest {

    private static final int COMMITS = 2_000;

    @TempDir
    Path dir;

    @Test
    void chunksLeftMostlyUnusedAreRewrittenWhileThePortalRunsAndNoRowIsLost() throws Exception {
        // The same rows in a database no portal has open, then 3 s of small commits: what H2 keeps.
        long left;
        long leftUsed;
        try (Connection alone = DriverManager.getConnection(address("alone"), "sa", "")) {
            grow(alone);
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                tick(alone);
            }
            left = setting(alone, "info.CHUNK_COUNT");
            leftUsed = setting(alone, "info.CHUNKS_FILL_RATE");
        }
        assertTrue(left >= COMMITS / 10 && leftUsed < 50,
                "H2 alone keeps many chunks, mostly unused: " + left + " chunks, " + leftUsed + "% in use");

        String url = address("portal");
        String written;
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", url, "datasources.default.username", "sa", "datasources.default.password", "",
                "waymark.encryption.keys", "test:B/Fv8mTO0vRVfB8LKWZiaWA4WU3jf3rnapNwSOHEClw="), "test");
             Connection plain = DriverManager.getConnection(url, "sa", "")) {
            assertTrue(context.isRunning());
            written = grow(plain);
            long deadline = System.nanoTime() + 20_000_000_000L;
            long chunks;
            long used;
            do {
                tick(plain);
                chunks = setting(plain, "info.CHUNK_COUNT");
                used = setting(plain, "info.CHUNKS_FILL_RATE");
            } while ((chunks > left / 10 || used < H2Compaction.FILL_TARGET) && System.nanoTime() < deadline);
            assertTrue(chunks <= left / 10 && used >= H2Compaction.FILL_TARGET, "20 s after the rows were written, "
                    + chunks + " chunks, " + used + "% of their bytes in use; without the portal " + left + ", " + leftUsed + "%");
            assertEquals(written, digest(plain), "the rows read back after compaction");
        }
        try (Connection reopened = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(written, digest(reopened), "the rows read back once the database is opened again");
        }
    }

    /**
     * A file database with the default address's settings. RETENTION_TIME=1000: H2 may rewrite a
     * chunk once it is a second old, not only after 45 s, so that this test need not wait that long.
     */
    private String address(String name) {
        return "jdbc:h2:file:" + dir.resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;CACHE_SIZE=8192;DB_CLOSE_ON_EXIT=FALSE;RETENTION_TIME=1000";
    }

    /** One small commit, 100 ms apart: the portal's own work goes on meanwhile. */
    private static void tick(Connection connection) throws Exception {
        Thread.sleep(100);
        try (Statement insert = connection.createStatement()) {
            insert.execute("INSERT INTO tick DEFAULT VALUES");
        }
    }

    /** Rows of 1,000 random bytes under a random key, one a commit, as cases are; the digest of them all, in order. */
    private static String grow(Connection plain) throws Exception {
        try (Statement create = plain.createStatement()) {
            create.execute("CREATE TABLE grown (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, reference UUID NOT NULL UNIQUE,"
                    + " body BYTEA NOT NULL)");
            create.execute("CREATE TABLE tick (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)");
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Random random = new Random(7);
        byte[] body = new byte[1_000];
        plain.setAutoCommit(false);
        try (PreparedStatement insert = plain.prepareStatement("INSERT INTO grown (reference, body) VALUES (RANDOM_UUID(), ?)")) {
            for (int i = 0; i < COMMITS; i++) {
                random.nextBytes(body);
                digest.update(body);
                insert.setBytes(1, body);
                insert.executeUpdate();
                plain.commit();
            }
        } finally {
            plain.setAutoCommit(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String digest(Connection connection) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        int rows = 0;
        try (Statement select = connection.createStatement();
             ResultSet all = select.executeQuery("SELECT body FROM grown ORDER BY id")) {
            while (all.next()) {
                digest.update(all.getBytes(1));
                rows++;
            }
        }
        assertEquals(COMMITS, rows, "rows in the table");
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
            select.setString(1, name);
            try (ResultSet value = select.executeQuery()) {
                assertTrue(value.next(), name + " is one of H2's settings");
                return Long.parseLong(value.getString(1));
            }
        }
    }
}
