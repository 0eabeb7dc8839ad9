package uk.waymark.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own rate for the work one self-referral does, with no HTTP and no portal: from
 * the same number of concurrent clients, each "post" counts the client in {@code rate_limit} (one
 * commit), then inserts the encrypted case and its delivery record and commits (a second commit),
 * as the portal does. Prints {@code cases/s} and the p99 of one post in milliseconds. Run it on a
 * database whose tables the portal has made (Flyway).
 *
 * <pre>java -cp … uk.waymark.bench.DatabaseLimit JDBC_URL USER PASSWORD CLIENTS SECONDS</pre>
 */
public final class DatabaseLimit {

    private DatabaseLimit() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int client = c;
            Thread thread = new Thread(() -> run(url, user, password, client, end, done, mine));
            threads.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l).filter(v -> v > 0)).sorted().toArray();
        double p99 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
        System.out.printf("cases/s %.0f p99_ms %.1f cases %d clients %d%n", done.get() / elapsed, p99, done.get(), clients);
    }

    private static void run(String url, String user, String password, int client, long end, AtomicLong done, long[] latencies) {
        SecureRandom random = new SecureRandom();
        byte[] clientKey = new byte[32];
        random.nextBytes(clientKey);
        byte[] personalData = new byte[1100]; // about what one encrypted self-referral takes
        int n = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             // As the portal counts: one upsert on PostgreSQL; on H2, which has no ON CONFLICT … DO UPDATE, an update, or the first insert.
             PreparedStatement count = connection.prepareStatement(url.startsWith("jdbc:h2:")
                     ? "UPDATE rate_limit SET posts = posts + 1 WHERE client_key = ?"
                     : """
                     INSERT INTO rate_limit (client_key, window_start, posts) VALUES (?, ?, 1)
                     ON CONFLICT (client_key) DO UPDATE SET posts = rate_limit.posts + 1""");
             PreparedStatement first = connection.prepareStatement(
                     "INSERT INTO rate_limit (client_key, window_start, posts) VALUES (?, ?, 1) ON CONFLICT DO NOTHING");
             // As the portal stores a case: its id comes back from the insert.
             PreparedStatement insertCase = connection.prepareStatement("""
                     INSERT INTO intake_case (reference, kind, verification, status, created_at, key_id, personal_data)
                     VALUES (?, 'SELF_REFERRAL', 'VERIFIED', 'NEW', ?, 'bench', ?) ON CONFLICT DO NOTHING""",
                     new String[] {"id"});
             PreparedStatement enqueue = connection.prepareStatement("""
                     INSERT INTO case_delivery (case_id, message_id, attempts, next_attempt_at, created_at) VALUES (?, ?, 0, ?, ?)""")) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < end) {
                long started = System.nanoTime();
                Timestamp now = Timestamp.from(Instant.now());
                count.setBytes(1, clientKey);
                if (count.getParameterMetaData().getParameterCount() > 1) {
                    count.setTimestamp(2, now);
                }
                if (count.executeUpdate() == 0) {
                    first.setBytes(1, clientKey);
                    first.setTimestamp(2, now);
                    first.executeUpdate();
                }
                connection.commit();
                random.nextBytes(personalData);
                String reference = reference(random);
                insertCase.setString(1, reference);
                insertCase.setTimestamp(2, now);
                insertCase.setBytes(3, personalData);
                insertCase.executeUpdate();
                long id;
                try (ResultSet keys = insertCase.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                enqueue.setLong(1, id);
                enqueue.setString(2, UUID.randomUUID().toString());
                enqueue.setTimestamp(3, now);
                enqueue.setTimestamp(4, now);
                enqueue.executeUpdate();
                connection.commit();
                done.incrementAndGet();
                if (n < latencies.length) {
                    latencies[n++] = System.nanoTime() - started;
                }
            }
        } catch (Exception e) {
            System.err.println("client " + client + ": " + e);
        }
    }

    private static String reference(SecureRandom random) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder out = new StringBuilder(9);
        for (int i = 0; i < 9; i++) {
            out.append(i == 4 ? '-' : alphabet.charAt(random.nextInt(32)));
        }
        return out.toString();
    }
}
