package uk.waymark.store;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.Settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Compacts the embedded H2 database's file while the portal runs, as H2's own background thread
 * would if it ran. H2 writes each commit as a new chunk of its file, and a chunk is freed only once
 * none of its pages is still in use; a chunk that keeps one page in use (the last page of a table
 * that has since grown, say) keeps all of it. H2 rewrites such chunks' live pages into new ones in
 * its background thread, but it starts that thread only when commits are delayed (WRITE_DELAY above
 * 0), which the portal refuses. Without this, the file grew to 8 GB for 415,000 cases, and each
 * chunk kept its record in the heap (about 260 bytes) until the portal stopped.
 *
 * <p>Four times a second, this rewrites up to {@link #WRITE_LIMIT} of live pages from the chunks
 * most worth it, when less than {@link #FILL_TARGET}% of what the chunks hold is still in use: a
 * round holds H2's store lock for about 8 ms (29 ms at most) under the benchmark's posts. While
 * the file is busy (more than {@link #BUSY_WRITES} writes since the last round, H2's own measure
 * of idle), a round comes only every {@link #BUSY_ROUND_NANOS} (30 s) instead: at every round, the
 * benchmark's posts on H2 lost about 5% of their rate and 10 ms of their p99, and one pair of runs
 * with a round every 5 s still lost some. H2 only ever rewrites chunks older than its retention
 * time (45 s by default), since the operating system may not have written younger ones to the disk
 * yet; their space is then reused for new chunks.
 * At the most posts the portal takes, the file still grows faster than this catches up; it catches
 * up once they slow. Nothing is done on PostgreSQL, on an in-memory database, or where H2's own
 * thread runs.
 */
@Singleton
@Requires(notEnv = Settings.COMMAND)
class H2Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);

    /** Compaction starts below this share of the chunks' bytes in use (H2's own, when busy: 80). */
    static final int FILL_TARGET = 80;
    /** Live pages rewritten at most in one round: H2's own, when busy, is about 5 MB. */
    static final int WRITE_LIMIT = 1024 * 1024;
    /** Writes to the file since the last round beyond which it is busy (H2's own: 10). */
    static final long BUSY_WRITES = 10;
    /** How often a round comes while the file is busy. */
    static final long BUSY_ROUND_NANOS = 30_000_000_000L;

    private final ConnectionOperations<Connection> connections;
    private final boolean h2;
    private volatile boolean warned;
    private volatile boolean stopped;
    private long writesThen;
    private long roundThen = System.nanoTime();

    H2Compaction(ConnectionOperations<Connection> connections, DatabaseConfiguration database) {
        this.connections = connections;
        this.h2 = database.h2OnDisk();
    }

    @Scheduled(fixedDelay = "250ms", initialDelay = "1s")
    void compact() {
        if (!h2 || stopped) {
            return;
        }
        try {
            connections.executeRead(status -> store(status.getConnection()))
                    .filter(store -> store.getFileStore() != null && store.getAutoCommitDelay() == 0 && !store.isClosed())
                    .filter(this::due)
                    .ifPresent(store -> store.compact(FILL_TARGET, WRITE_LIMIT));
        } catch (RuntimeException e) {
            // The next round tries again; meanwhile the file only grows, as it would without this.
            if (!warned) {
                warned = true;
                LOG.warn("H2's file not compacted ({}); the next rounds try again", e.getClass().getSimpleName());
            }
        }
    }

    /** Whether this round compacts: always while the file is quiet, now and then while it is busy. */
    private boolean due(MVStore store) {
        long writes = store.getFileStore().getWriteCount();
        long now = System.nanoTime();
        boolean busy = writes - writesThen > BUSY_WRITES;
        writesThen = writes;
        if (busy && now - roundThen < BUSY_ROUND_NANOS) {
            return false;
        }
        roundThen = now;
        return true;
    }

    /** The portal is stopping: the connections close after this, and no round must warn of it. */
    @PreDestroy
    void stop() {
        stopped = true;
    }

    /** The H2 store behind this connection, when it is an embedded one (not H2's server). */
    private static Optional<MVStore> store(Connection connection) {
        try {
            return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    ? Optional.of(session.getDatabase().getStore().getMvStore())
                    : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
