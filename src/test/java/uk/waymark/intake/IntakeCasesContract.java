package uk.waymark.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.delivery.Outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link IntakeCases} promises, on a real database: each subclass runs it on one.
 * The database is read back with plain JDBC, never through the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IntakeCasesContract {

    static final String KEY_A = key("a", 1);
    static final String KEY_B = key("b", 2);

    /** Not generated from {@link CaseReference#FORMAT}: the promise, spelt out. */
    private static final String REFERENCE = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    /** Datasource properties for a new, empty database. */
    abstract Map<String, String> newDatabase();

    private Map<String, String> database;
    private ApplicationContext context;
    private IntakeCases cases;

    @BeforeAll
    void start() {
        database = newDatabase();
        context = start(database, KEY_A);
        cases = context.getBean(IntakeCases.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void findGivesBackTheKindVerificationAndAnswersThatWereOpenedInTheirOrder() {
        Instant before = Instant.now().minusSeconds(1);
        CaseReference reference = cases.open(CaseKind.SELF_REFERRAL, Verification.UNVERIFIED, answers());

        StoredCase stored = cases.find(reference).orElseThrow();

        assertEquals(reference, stored.reference());
        assertEquals(CaseKind.SELF_REFERRAL, stored.kind());
        assertEquals(Verification.UNVERIFIED, stored.verification());
        assertEquals(answers(), stored.answers());
        assertEquals(List.copyOf(answers().keySet()), List.copyOf(stored.answers().keySet()));
        assertTrue(!stored.createdAt().isBefore(before) && stored.createdAt().isBefore(before.plus(Duration.ofMinutes(1))),
                stored.createdAt().toString());
        assertEquals(stored, cases.find(reference).orElseThrow(), "read twice, same case");
        assertEquals(CaseStatus.NEW.name(), column(reference, "status"));
    }

    @Test
    void aReferenceIsTwoGroupsOfFourCharactersThatCannotBeMisread() {
        CaseReference reference = cases.open(CaseKind.CONCERN, Verification.NOT_CHECKED, Map.of("concern", "Shouting at night"));

        assertTrue(reference.value().matches(REFERENCE), reference.value());
        assertEquals(reference.value(), reference.toString());
    }

    @Test
    void aThousandCasesGetAThousandDistinctReferences() {
        Set<CaseReference> references = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            CaseReference reference = cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Case " + i));
            assertTrue(reference.value().matches(REFERENCE), reference.value());
            references.add(reference);
        }
        assertEquals(1000, references.size());
    }

    @Test
    void anUnknownReferenceFindsNothing() {
        assertTrue(cases.find(new CaseReference("0000-0000")).isEmpty());
        assertTrue(cases.find(new CaseReference("not a reference")).isEmpty());
    }

    @Test
    void theStoredRowHoldsNoneOfTheAnswersInAnyColumn() throws SQLException {
        Map<String, Object> answers = answers();
        CaseReference reference = cases.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers);
        List<String> secrets = new ArrayList<>(answers.keySet());
        answers.values().forEach(answer -> {
            if (answer instanceof String text) {
                secrets.add(text);
            } else if (answer instanceof List<?> list) {
                list.forEach(item -> secrets.add((String) item));
            }
        });

        try (Connection connection = jdbc();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM intake_case WHERE reference = ?")) {
            select.setString(1, reference.value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                var columns = row.getMetaData();
                Set<String> seen = new HashSet<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String name = columns.getColumnName(i).toLowerCase();
                    seen.add(name);
                    if (columns.getColumnType(i) == Types.BINARY || columns.getColumnType(i) == Types.VARBINARY) {
                        assertEquals("personal_data", name, "the only binary column");
                        byte[] bytes = row.getBytes(i);
                        assertTrue(bytes.length > 12 + 16, "nonce, ciphertext and tag");
                        for (String secret : secrets) {
                            assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)), name + " holds \"" + secret + "\"");
                        }
                    } else {
                        String value = String.valueOf(row.getString(i));
                        for (String secret : secrets) {
                            assertFalse(value.contains(secret), name + " holds \"" + secret + "\"");
                        }
                    }
                }
                assertEquals(Set.of("id", "reference", "kind", "verification", "status", "created_at", "key_id", "personal_data", "erased_at"), seen);
            }
        }
    }

    @Test
    void aChangedCiphertextFailsToDecryptAndGivesNothingBack() throws SQLException {
        CaseReference reference = cases.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
        byte[] data = personalData(reference);
        data[data.length / 2] ^= 0x01;
        setPersonalData(reference, data, "a");

        var failure = assertThrows(CaseDecryptionException.class, () -> cases.find(reference));

        assertTrue(failure.getMessage().contains("Case " + reference.value() + " cannot be decrypted"), failure.getMessage());
        assertFalse(failure.getMessage().contains("bluebell"), failure.getMessage());
    }

    @Test
    void aCiphertextMovedToAnotherCaseFailsToDecrypt() throws SQLException {
        CaseReference moved = cases.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
        CaseReference other = cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Raised voices"));

        setPersonalData(other, personalData(moved), "a");

        assertThrows(CaseDecryptionException.class, () -> cases.find(other));
        assertEquals(answers(), cases.find(moved).orElseThrow().answers(), "the original still decrypts");
    }

    @Test
    void findSealedReadsSeveralCasesInOneCallAndEachOpensToWhatFindGives() throws SQLException {
        CaseReference first = cases.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
        CaseReference second = cases.open(CaseKind.CONCERN, Verification.UNVERIFIED, Map.of("concern", "Raised voices"));
        CaseReference erased = cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Gone"));
        setPersonalData(erased, null, null);

        Map<CaseReference, IntakeCases.Sealed> sealed = cases.findSealed(
                List.of(first, second, erased, new CaseReference("0000-0000"), new CaseReference("not a reference")));

        assertEquals(Set.of(first, second), sealed.keySet(), "no erased, unknown or malformed reference");
        assertEquals(cases.find(first).orElseThrow(), sealed.get(first).open());
        assertEquals(cases.find(second).orElseThrow(), sealed.get(second).open());
        assertFalse(sealed.get(first).toString().contains("bluebell"), sealed.get(first).toString());
        assertTrue(cases.findSealed(List.of()).isEmpty());
    }

    @Test
    void aSealedCaseWhoseCiphertextWasMovedFailsToOpen() throws SQLException {
        CaseReference moved = cases.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
        CaseReference other = cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Raised voices"));
        setPersonalData(other, personalData(moved), "a");

        IntakeCases.Sealed sealed = cases.findSealed(List.of(other)).get(other);

        assertThrows(CaseDecryptionException.class, sealed::open);
    }

    @Test
    void aTakenReferenceIsPassedOverForAFreeOne() {
        try (ApplicationContext scripted = start(database, KEY_A, Map.of("spec.name", "ScriptedReferences"))) {
            IntakeCases scriptedCases = scripted.getBean(IntakeCases.class);
            CaseReference taken = scriptedCases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "First"));
            CaseReference free = new CaseReference("ZZZZ-" + taken.value().substring(0, 4));
            scripted.getBean(ScriptedReferences.class).thenGive(taken, taken, free);

            CaseReference second = scriptedCases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Second"));

            assertEquals(free, second);
            assertEquals(Map.of("concern", "First"), scriptedCases.find(taken).orElseThrow().answers());
            assertEquals(Map.of("concern", "Second"), scriptedCases.find(free).orElseThrow().answers());
        }
    }

    @Test
    void aCaseIsKeptWhenTheCallersTransactionRollsBack() {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        AtomicReference<CaseReference> opened = new AtomicReference<>();

        transactions.executeWrite(status -> {
            opened.set(cases.open(CaseKind.SELF_REFERRAL, Verification.NOT_CHECKED, answers()));
            status.setRollbackOnly();
            return null;
        });

        assertTrue(cases.find(opened.get()).isPresent());
    }

    @Test
    void answersOtherThanTextYesNoAndListsOfTextAreRefusedNamingOnlyTheQuestion() {
        var number = assertThrows(IllegalArgumentException.class,
                () -> cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("age", 42)));
        assertTrue(number.getMessage().contains("\"age\""), number.getMessage());
        assertFalse(number.getMessage().contains("42"), number.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("nested", Map.of("a", 1))));
        assertThrows(IllegalArgumentException.class,
                () -> cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("numbers", List.of(1, 2))));
    }

    @Test
    void rotatingKeysPutsEveryCaseUnderTheNewKeySoTheOldOneCanBeRemoved() throws SQLException {
        Map<String, String> rotated = newDatabase();
        int count = KeyRotation.BATCH * 2 + 5;
        List<CaseReference> references = new ArrayList<>();
        try (ApplicationContext underA = start(rotated, KEY_A)) {
            IntakeCases intake = underA.getBean(IntakeCases.class);
            for (int i = 0; i < count; i++) {
                references.add(intake.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers()));
            }
        }

        KeyRotation.Report report;
        try (ApplicationContext underBThenA = start(rotated, KEY_B + "," + KEY_A)) {
            CaseReference meanwhile = underBThenA.getBean(IntakeCases.class).open(CaseKind.CONCERN, Verification.VERIFIED,
                    Map.of("concern", "Written under the new key"));
            references.add(meanwhile);
            report = underBThenA.getBean(KeyRotation.class).rotate();
        }

        assertEquals(Map.of("a", (long) count, "b", 1L), report.before());
        assertEquals(count, report.reencrypted());
        assertEquals(Map.of("b", count + 1L), report.after());
        assertTrue(report.complete());
        assertEquals(Map.of("b", count + 1L), keyCounts(rotated));
        try (ApplicationContext underBOnly = start(rotated, KEY_B)) {
            IntakeCases intake = underBOnly.getBean(IntakeCases.class);
            for (CaseReference reference : references.subList(0, count)) {
                assertEquals(answers(), intake.find(reference).orElseThrow().answers(), reference.value());
            }
            assertEquals(CaseKind.CONCERN, intake.find(references.get(count)).orElseThrow().kind());
        }
    }

    @Test
    void theOutboxGaugesCountEachStatusAndFindTheOldestCaseStillWaiting() throws SQLException {
        Map<String, String> fresh = newDatabase();
        try (ApplicationContext context = start(fresh, KEY_A)) {
            CaseLifecycle lifecycle = context.getBean(CaseLifecycle.class);
            IntakeCases intake = context.getBean(IntakeCases.class);
            assertEquals(java.util.Optional.empty(), lifecycle.oldestWaiting(), "nothing waits in a new database");
            for (int i = 0; i < 3; i++) {
                intake.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
            }
            List<Long> ids = new ArrayList<>();
            List<Instant> created = new ArrayList<>();
            try (Connection connection = jdbc(fresh);
                 ResultSet rows = connection.createStatement().executeQuery("SELECT id, created_at FROM intake_case ORDER BY created_at, id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    created.add(rows.getTimestamp(2).toInstant());
                }
            }
            assertEquals(3, lifecycle.count(CaseStatus.NEW));
            assertEquals(java.util.Optional.of(created.get(0)), lifecycle.oldestWaiting());

            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            // In a transaction of their own, as the outbox calls them.
            transactions.executeWrite(status -> {
                lifecycle.deliveredAndErased(List.of(ids.get(0)), Instant.now());
                return null;
            });

            assertEquals(2, lifecycle.count(CaseStatus.NEW));
            assertEquals(java.util.Optional.of(created.get(1)), lifecycle.oldestWaiting(), "the oldest left waiting");
            transactions.executeWrite(status -> {
                lifecycle.deadLettered(ids.get(1));
                return null;
            });
            assertEquals(1, lifecycle.count(CaseStatus.NEW));
            assertEquals(java.util.Optional.of(created.get(2)), lifecycle.oldestWaiting(), "a dead-lettered case no longer waits");
        }
    }

    @Test
    void rotationAfterDeliverySkipsTheErasedCasesAndReportsThemAsErased() throws SQLException {
        Map<String, String> delivered = newDatabase();
        List<CaseReference> waiting = new ArrayList<>();
        try (ApplicationContext underA = start(delivered, KEY_A)) {
            IntakeCases intake = underA.getBean(IntakeCases.class);
            for (int i = 0; i < 5; i++) {
                intake.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
            }
            // Delivered the way the worker does it: claimed, acknowledged by the case system, erased.
            Outbox outbox = underA.getBean(Outbox.class);
            var claimed = outbox.claim("test-instance", Duration.ofMinutes(1), 5);
            assertEquals(5, claimed.size());
            assertEquals(5, outbox.acknowledged(claimed, "test-instance"));
            for (int i = 0; i < 3; i++) {
                waiting.add(intake.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Still waiting " + i)));
            }
        }
        assertEquals(5, keyCounts(delivered).get(null), "the delivered cases are erased, with no key");

        try (ApplicationContext underBThenA = start(delivered, KEY_B + "," + KEY_A)) {
            KeyRotation rotation = underBThenA.getBean(KeyRotation.class);
            KeyRotation.Report report = rotation.rotate();
            assertEquals(Map.of("a", 3L), report.before());
            assertEquals(5, report.erased());
            assertEquals(3, report.reencrypted());
            assertEquals(Map.of("b", 3L), report.after());
            assertTrue(report.complete());

            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            assertEquals(0, rotation.run(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8)), "run again: nothing left to do");
            String output = printed.toString(StandardCharsets.UTF_8);
            assertTrue(output.contains("5 delivered cases are erased and have nothing to re-encrypt"), output);
            assertTrue(output.contains("Every case is under the current key"), output);
        }
        Map<String, Long> counts = keyCounts(delivered);
        assertEquals(3L, counts.get("b"));
        assertEquals(5L, counts.get(null));
        assertEquals(2, counts.size());
        try (ApplicationContext underBOnly = start(delivered, KEY_B)) {
            IntakeCases intake = underBOnly.getBean(IntakeCases.class);
            for (int i = 0; i < waiting.size(); i++) {
                assertEquals(Map.of("concern", "Still waiting " + i), intake.find(waiting.get(i)).orElseThrow().answers());
            }
        }
    }

    @Test
    void anAcknowledgementRecordsAndErasesOnlyTheCasesThisInstanceStillHolds() throws SQLException {
        Map<String, String> database = newDatabase();
        try (ApplicationContext portal = start(database, KEY_A)) {
            IntakeCases intake = portal.getBean(IntakeCases.class);
            List<CaseReference> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(intake.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers()));
                sleepAMillisecond();
            }
            Outbox outbox = portal.getBean(Outbox.class);
            var claimed = outbox.claim("instance-a", Duration.ofMinutes(1), 4);
            assertEquals(4, claimed.size());
            // While A was sending, its lease on the second ran out and instance B took it over;
            // the third, B has already given back to wait for a retry.
            try (Connection connection = jdbc(database); var sql = connection.createStatement()) {
                assertEquals(1, sql.executeUpdate("UPDATE case_delivery SET lease_owner = 'instance-b' WHERE case_id = "
                        + "(SELECT id FROM intake_case WHERE reference = '" + opened.get(1).value() + "')"));
                assertEquals(1, sql.executeUpdate("UPDATE case_delivery SET lease_owner = NULL, lease_until = NULL WHERE case_id = "
                        + "(SELECT id FROM intake_case WHERE reference = '" + opened.get(2).value() + "')"));
            }

            assertEquals(2, outbox.acknowledged(claimed, "instance-a"), "A records only the cases it still holds");
            for (int i = 0; i < 4; i++) {
                boolean held = i == 0 || i == 3;
                assertEquals(held ? "DELIVERED" : "NEW", column(database, opened.get(i), "status"), "case " + i);
                assertEquals(held, personalData(database, opened.get(i)) == null, "case " + i + " erased");
            }
            assertEquals(0, outbox.acknowledged(claimed.subList(1, 3), "instance-a"), "neither is A's any more");
            // B finishes the case it took over; A cannot record any case twice.
            assertEquals(1, outbox.acknowledged(claimed.subList(1, 2), "instance-b"));
            assertEquals(0, outbox.acknowledged(claimed, "instance-a"));
            assertEquals("DELIVERED", column(database, opened.get(1), "status"));
            assertEquals("NEW", column(database, opened.get(2), "status"), "the case given back still waits, whole");
            assertTrue(personalData(database, opened.get(2)) != null);
        }
    }

    @Test
    void aCaseGivenBackUnsentIsFreeAtOnceAndItsClaimIsNotCountedAsAnAttempt() throws SQLException {
        Map<String, String> database = newDatabase();
        try (ApplicationContext portal = start(database, KEY_A)) {
            IntakeCases intake = portal.getBean(IntakeCases.class);
            CaseReference first = intake.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
            sleepAMillisecond();
            intake.open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
            Outbox outbox = portal.getBean(Outbox.class);
            var claimed = outbox.claim("instance-a", Duration.ofMinutes(1), 2);
            assertEquals(2, claimed.size());
            assertEquals(1, claimed.get(0).attempts());
            assertTrue(claimed.get(0).leaseUntil().isAfter(Instant.now().plusSeconds(50)), "the lease it was claimed with");
            assertEquals(List.of(), outbox.claim("instance-b", Duration.ofMinutes(1), 2), "both held by A");

            assertFalse(outbox.giveBack(claimed.get(0), "instance-b"), "only the holder gives a case back");
            assertTrue(outbox.giveBack(claimed.get(0), "instance-a"));
            assertFalse(outbox.giveBack(claimed.get(0), "instance-a"), "once");
            var taken = outbox.claim("instance-b", Duration.ofMinutes(1), 2);
            assertEquals(1, taken.size(), "free at once, the other still A's");
            assertEquals(first.value(), taken.get(0).reference());
            assertEquals(1, taken.get(0).attempts(), "A's claim was not an attempt");
            assertEquals(0, outbox.acknowledged(taken, "instance-a"), "A no longer holds it");
            assertEquals(1, outbox.acknowledged(taken, "instance-b"));
        }
    }

    /** Cases opened a millisecond apart are due, and so claimed, in the order they were opened. */
    private static void sleepAMillisecond() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void rotationChangesNothingWhileSomeCasesAreUnderAKeyNoLongerListed() throws SQLException {
        Map<String, String> stranded = newDatabase();
        CaseReference reference;
        try (ApplicationContext underA = start(stranded, KEY_A)) {
            reference = underA.getBean(IntakeCases.class).open(CaseKind.SELF_REFERRAL, Verification.VERIFIED, answers());
        }
        byte[] before = personalData(stranded, reference);

        try (ApplicationContext underBOnly = start(stranded, KEY_B)) {
            KeyRotation.Report report = underBOnly.getBean(KeyRotation.class).rotate();
            assertEquals(List.of("a"), report.unlistedKeys());
            assertEquals(0, report.reencrypted());
            assertFalse(report.complete());

            var failure = assertThrows(CaseDecryptionException.class,
                    () -> underBOnly.getBean(IntakeCases.class).find(reference));
            assertTrue(failure.getMessage().contains("key \"a\", which WAYMARK_ENCRYPTION_KEYS does not list"), failure.getMessage());
        }
        assertArrayEquals(before, personalData(stranded, reference));
        assertEquals(Map.of("a", 1L), keyCounts(stranded));
    }

    /** A self-referral as the form might send it: text, yes/no, lists, a blank and characters beyond ASCII. */
    static Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("name", "Jo Quinn-Example");
        answers.put("contactMethod", "phone");
        answers.put("phone", "07700 900982");
        answers.put("safeTimes", List.of("Weekday mornings", "Tuesday after 2pm"));
        answers.put("voicemailOk", false);
        answers.put("sayWhoWeAre", true);
        answers.put("codeWord", "bluebell");
        answers.put("whatHappened", "He took my phone \u2014 and my keys. \u201cNever\u201d again \uD83D\uDC94");
        answers.put("interpreter", null);
        answers.put("safePeople", List.of());
        return answers;
    }

    static String key(String id, int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return id + ":" + Base64.getEncoder().encodeToString(bytes);
    }

    static ApplicationContext start(Map<String, String> database, String keys) {
        return start(database, keys, Map.of());
    }

    static ApplicationContext start(Map<String, String> database, String keys, Map<String, String> more) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("waymark.encryption.keys", keys);
        properties.putAll(more);
        return ApplicationContext.run(properties, "test");
    }

    private Connection jdbc() throws SQLException {
        return jdbc(database);
    }

    private static Connection jdbc(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
    }

    private String column(CaseReference reference, String column) {
        return column(database, reference, column);
    }

    private static String column(Map<String, String> database, CaseReference reference, String column) {
        try (Connection connection = jdbc(database);
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM intake_case WHERE reference = ?")) {
            select.setString(1, reference.value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] personalData(CaseReference reference) throws SQLException {
        return personalData(database, reference);
    }

    private static byte[] personalData(Map<String, String> database, CaseReference reference) throws SQLException {
        try (Connection connection = jdbc(database);
             PreparedStatement select = connection.prepareStatement("SELECT personal_data FROM intake_case WHERE reference = ?")) {
            select.setString(1, reference.value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getBytes(1);
            }
        }
    }

    private void setPersonalData(CaseReference reference, byte[] data, String keyId) throws SQLException {
        try (Connection connection = jdbc();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE intake_case SET personal_data = ?, key_id = ? WHERE reference = ?")) {
            update.setBytes(1, data);
            update.setString(2, keyId);
            update.setString(3, reference.value());
            assertEquals(1, update.executeUpdate());
        }
    }

    private static Map<String, Long> keyCounts(Map<String, String> database) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = jdbc(database);
             PreparedStatement select = connection.prepareStatement("SELECT key_id, COUNT(*) FROM intake_case GROUP BY key_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
