package uk.waymark.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.TestH2;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claim reads the cases it names and no others, however many are waiting: on the embedded
 * database it once read every waiting case at each claim, so the outbox drained the slower the
 * longer its backlog (H2's own count of the rows each statement read, {@code EXPLAIN ANALYZE}).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)   // for getProperties: a database of its own
class ClaimByPrimaryKeyTest implements TestPropertyProvider {

    private static final int CASES = 3_000;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TestH2.newDatabase();
    }

    @Test
    void aClaimReadsOnlyTheCasesItNames() throws Exception {
        try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                .getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Its own database: the cases it leaves waiting must reach no other test's outbox.
            assertTrue(!connection.getMetaData().getURL().contains("waymark-test"), connection.getMetaData().getURL());
            sql.execute("INSERT INTO intake_case (reference, kind, verification, status, created_at, key_id, personal_data) "
                    + "SELECT 'T' || LPAD(CAST(\"X\" AS VARCHAR), 8, '0'), 'SELF_REFERRAL', 'NOT_CHECKED', 'NEW', "
                    + "DATEADD(SECOND, \"X\", TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+00'), 'test', X'00' FROM SYSTEM_RANGE(1, " + CASES + ")");
            sql.execute("INSERT INTO case_delivery (case_id, message_id, attempts, next_attempt_at, created_at) "
                    + "SELECT id, CAST(RANDOM_UUID() AS VARCHAR), 0, created_at, created_at FROM intake_case");
            // A third already delivered, as in an outbox that has been draining.
            sql.execute("UPDATE case_delivery SET delivered_at = next_attempt_at WHERE MOD(case_id, 3) = 0");
            // The statistics H2 keeps once a table has grown (it gathers them itself every 2,000 rows changed).
            sql.execute("ANALYZE");
            // Three of the waiting cases, from far apart in the table.
            List<Long> named = new java.util.ArrayList<>();
            try (ResultSet ids = sql.executeQuery("SELECT case_id FROM case_delivery WHERE delivered_at IS NULL ORDER BY case_id")) {
                for (int row = 0; ids.next(); row++) {
                    if (row == 10 || row == 1_000 || row == 1_900) {
                        named.add(ids.getLong(1));
                    }
                }
            }
            assertEquals(3, named.size());
            String claim = CaseDeliveryRepository.class.getDeclaredMethod("claimAll", List.class, String.class,
                    Instant.class, Instant.class).getAnnotation(Query.class).value()
                    .replace(":caseIds", String.join(", ", named.stream().map(String::valueOf).toList()))
                    .replace(":owner", "'this-instance'")
                    .replace(":until", "TIMESTAMP WITH TIME ZONE '2026-12-01 11:01:00+00'")
                    .replace(":now", "TIMESTAMP WITH TIME ZONE '2026-12-01 11:00:00+00'");
            StringBuilder plan = new StringBuilder();
            try (ResultSet explained = sql.executeQuery("EXPLAIN ANALYZE " + claim)) {
                while (explained.next()) {
                    plan.append(explained.getString(1));
                }
            }
            Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
            assertTrue(scanned.find(), plan.toString());
            assertTrue(Integer.parseInt(scanned.group(1)) <= named.size() + 1,
                    "a claim of " + named.size() + " cases among " + CASES * 2 / 3 + " waiting read more than those:\n" + plan);
            // And it takes them: the plan was run, not only shown.
            try (ResultSet held = sql.executeQuery("SELECT COUNT(*) FROM case_delivery WHERE lease_owner = 'this-instance'")) {
                held.next();
                assertEquals(named.size(), held.getInt(1));
            }
        }
    }
}
