package uk.waymark.web.forms;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.FormsConfiguration;
import uk.waymark.store.GroupCommit;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts form posts per client in the shared database, so every instance behind one address
 * counts against the same limit, and a restart forgets nothing. A client's window starts with
 * its first post and lasts {@code rateWindow}; a post over the limit is refused and not counted.
 * Clients are known only by a keyed hash of their IPv4 address or IPv6 /64 ({@link ClientKey}).
 * Nothing is kept per client in memory: a flood from any number of addresses costs rows, which
 * the sweep deletes once their window has ended.
 *
 * <p>If the database cannot be asked, the post is let through: a referral is never lost to the
 * rate limit. The log then names the failure's class, never the client.
 */
@Singleton
public class RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final FormsConfiguration config;
    private final Clock clock;
    private final RateLimitRepository repository;
    private final ClientKey clients;
    private final boolean postgres;
    private final GroupCommit commits;

    RateLimiter(FormsConfiguration config, Clock clock, RateLimitRepository repository,
                DatabaseConfiguration database, GroupCommit commits) {
        this.config = config;
        this.commits = commits;
        this.clock = clock;
        this.repository = repository;
        this.postgres = database.postgres();
        byte[] secret;
        if (config.secret() == null || config.secret().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = config.secret().getBytes(StandardCharsets.UTF_8);
        }
        this.clients = new ClientKey(secret);
    }

    /** Counts this post; false when the client has already sent the limit within its window. */
    public boolean allow(HttpRequest<?> request) {
        return allow(clients.of(request, config.trustForwardedFor()));
    }

    /** How long a client's window lasts, from its first post. */
    Duration window() {
        return config.rateWindow();
    }

    /** The same, for a client already hashed. */
    boolean allow(byte[] client) {
        Instant now = clock.instant();
        Instant expired = now.minus(config.rateWindow());
        int limit = config.rateLimit();
        try {
            // Committed with other posts' counts and cases (GroupCommit), before the post goes on.
            if (postgres) {
                return commits.run(() -> repository.upsert(client, now, expired, limit) == 1);
            }
            // H2: the update counts an existing row; if there is none, the insert makes it; if
            // another post made it in between, the update counts against that row.
            return commits.run(() -> repository.countWithin(client, now, expired, limit) == 1
                    || repository.first(client, now) == 1
                    || repository.countWithin(client, now, expired, limit) == 1);
        } catch (RuntimeException e) {
            LOG.warn("Rate limit not checked, post let through: {}", describe(e));
            return true;
        }
    }

    /** Deletes the clients whose window has ended; every instance does, which costs nothing. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void sweep() {
        sweepBefore(clock.instant().minus(config.rateWindow()));
    }

    void sweepBefore(Instant expired) {
        try {
            int forgotten = repository.sweep(expired);
            if (forgotten > 0) {
                LOG.debug("Rate limit: forgot {} client(s) whose window had ended", forgotten);
            }
        } catch (RuntimeException e) {
            LOG.warn("Rate limit sweep failed: {}", describe(e));
        }
    }

    /** How many clients the database holds a count for. */
    long clients() {
        return repository.clients();
    }

    ClientKey clientKey() {
        return clients;
    }

    /** The failure's classes and SQL state: no message, which could quote a value. */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            out.append(" <- ").append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                out.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        return out.toString();
    }
}
