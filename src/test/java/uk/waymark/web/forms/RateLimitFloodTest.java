package uk.waymark.web.forms;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.FormsConfiguration;
import uk.waymark.store.GroupCommit;
import uk.waymark.support.TestPostgres;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flood from rotating addresses: every post from another IPv6 /64, straight into the limiter
 * (no HTTP), on PostgreSQL. The rows are in the database, outside this JVM, so the heap shows
 * what the limiter itself keeps per client: nothing. The old in-memory limiter kept an entry per
 * address for the whole window (well over 100 bytes each: 100 MB and more for a million).
 *
 * <p>{@code -Dwaymark.flood.clients=1000000} runs the full million (3.5 minutes on a loaded 2-core
 * machine); the suite's default is a tenth of that, which shows the same bound in seconds.
 */
class RateLimitFloodTest {

    static final int CLIENTS = Integer.getInteger("waymark.flood.clients", 100_000);
    static final int THREADS = 2;
    /** The heap may grow by this much, whatever the number of clients: at the suite's 100,000, less than 84 bytes a client. */
    static final long HEAP_BOUND = 8L * 1024 * 1024;

    @Test
    void aFloodFromDistinctIpv6PrefixesKeepsTheHeapBoundedAndTheSweepEmptiesTheTable() throws Exception {
        Map<String, String> database = TestPostgres.newDatabase();
        try (ApplicationContext context = RateLimiterContract.start(database)) {
            // From the real time: the context's own limiter sweeps the same table every minute by
            // the real clock, and would delete a flood dated in the past while it is still running.
            var clock = new RateLimiterContract.MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            var config = new FormsConfiguration("flood", Duration.ofHours(4), 10, Duration.ofMinutes(10), true, Duration.ofMinutes(30));
            var limiter = new RateLimiter(config, clock, context.getBean(RateLimitRepository.class),
                    new DatabaseConfiguration(database.get("datasources.default.url")), context.getBean(GroupCommit.class));
            flood(limiter, 2_000, 0);           // warm up: classes, the pool, the JIT
            limiter.sweepBefore(clock.instant().plus(Duration.ofDays(1)));
            long heapBefore = usedHeap();

            long started = System.nanoTime();
            long allowed = flood(limiter, CLIENTS, 1);
            double seconds = (System.nanoTime() - started) / 1e9;
            long heapAfter = usedHeap();
            long rows = limiter.clients();

            clock.set(clock.instant().plus(Duration.ofMinutes(10)));
            long sweepStarted = System.nanoTime();
            limiter.sweep();
            double sweepSeconds = (System.nanoTime() - sweepStarted) / 1e9;
            long left = limiter.clients();

            System.out.printf("Rate limit flood (PostgreSQL): %,d distinct IPv6 /64s in %.1f s (%,.0f posts/s, %d threads), "
                            + "%,d allowed, %,d rows; heap %+.1f MB (bound %d MB); sweep deleted them in %.1f s, %d left%n",
                    CLIENTS, seconds, CLIENTS / seconds, THREADS, allowed, rows, (heapAfter - heapBefore) / 1048576.0,
                    HEAP_BOUND / 1048576, sweepSeconds, left);
            assertEquals(CLIENTS, allowed, "each new client's first post is allowed");
            assertEquals(CLIENTS, rows, "one row per client, in the database");
            assertTrue(heapAfter - heapBefore < HEAP_BOUND, "heap grew by " + (heapAfter - heapBefore) + " bytes");
            assertEquals(0, left, "the sweep forgets every ended window");
        }
    }

    /** One post from each of {@code n} distinct /64s, run {@code run} apart from any other. */
    private static long flood(RateLimiter limiter, int n, int run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    long allowed = 0;
                    for (int i = thread; i < n; i += THREADS) {
                        String address = String.format("2001:db8:%x:%x::1", (run << 8) | (i >>> 16), i & 0xffff);
                        allowed += limiter.allow(limiter.clientKey().ofAddress(address)) ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            long allowed = 0;
            for (Future<Long> part : parts) {
                allowed += part.get();
            }
            return allowed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long usedHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
