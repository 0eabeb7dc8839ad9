package uk.waymark.web.forms;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/**
 * {@code rate_limit}: one row per client, its posts in the window that began with its first.
 * A post is counted only when it is within the limit, by one atomic statement on PostgreSQL and
 * by a conditional update then insert on H2 (which has no {@code ON CONFLICT DO UPDATE}).
 * A count commits with other posts' work ({@code GroupCommit}). POSTGRES dialect: see STACK.md.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RateLimitRepository extends GenericRepository<RateLimitRepository.Row, byte[]> {

    /** Never read as an entity; Micronaut Data wants one for a repository. */
    @io.micronaut.data.annotation.MappedEntity("rate_limit")
    record Row(@io.micronaut.data.annotation.Id byte[] clientKey, Instant windowStart, int posts) {
    }

    /**
     * PostgreSQL: counts the post and returns 1, or returns 0 and changes nothing when the
     * client's window is still open and full. A window that ended before {@code expired} starts again.
     */
    @Query("""
            INSERT INTO rate_limit (client_key, window_start, posts) VALUES (:client, :now, 1)
            ON CONFLICT (client_key) DO UPDATE SET
                posts = CASE WHEN rate_limit.window_start <= :expired THEN 1 ELSE rate_limit.posts + 1 END,
                window_start = CASE WHEN rate_limit.window_start <= :expired THEN :now ELSE rate_limit.window_start END
            WHERE rate_limit.window_start <= :expired OR rate_limit.posts < :limit""")
    int upsert(byte[] client, Instant now, Instant expired, int limit);

    /** Counts the post on the client's row if it is within the limit: 1, or 0 (full, or no row yet). */
    @Query("""
            UPDATE rate_limit SET
                posts = CASE WHEN window_start <= :expired THEN 1 ELSE posts + 1 END,
                window_start = CASE WHEN window_start <= :expired THEN :now ELSE window_start END
            WHERE client_key = :client AND (window_start <= :expired OR posts < :limit)""")
    int countWithin(byte[] client, Instant now, Instant expired, int limit);

    /** The client's first post: 1, or 0 when another post made the row first. */
    @Query("INSERT INTO rate_limit (client_key, window_start, posts) VALUES (:client, :now, 1) ON CONFLICT DO NOTHING")
    int first(byte[] client, Instant now);

    /** Forgets every client whose window ended before {@code expired}. */
    @Query("DELETE FROM rate_limit WHERE window_start <= :expired")
    int sweep(Instant expired);

    @Query("SELECT COUNT(*) FROM rate_limit")
    long clients();
}
