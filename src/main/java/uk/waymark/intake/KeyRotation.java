package uk.waymark.intake;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Re-encrypts every case that is not under the current key (the first in
 * WAYMARK_ENCRYPTION_KEYS), in batches of its own transactions, so that the older keys can then be
 * removed. Cases already delivered have been erased (no data, no key): there is nothing to
 * re-encrypt, so they are skipped and counted as erased. Run it with
 * {@code ./mvnw -q compile exec:java -Dexec.args="rotate-keys"}.
 */
@Singleton
public class KeyRotation {

    static final int BATCH = 100;

    /**
     * What a rotation did, with the number of cases under each key before and after, and how many
     * cases were already erased (delivered) and so had nothing to re-encrypt.
     */
    record Report(String currentKey, Map<String, Long> before, int reencrypted, List<String> failed,
                  List<String> unlistedKeys, Map<String, Long> after, long erased) {

        boolean complete() {
            return unlistedKeys.isEmpty() && failed.isEmpty() && after.keySet().stream().allMatch(currentKey::equals);
        }
    }

    private record Batch(long lastId, int reencrypted, List<String> failed) {
    }

    private final IntakeCaseRepository repository;
    private final CaseCipher cipher;
    private final EncryptionKeys keys;
    private final TransactionOperations<Connection> transactions;

    KeyRotation(IntakeCaseRepository repository, CaseCipher cipher, EncryptionKeys keys,
                TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.cipher = cipher;
        this.keys = keys;
        this.transactions = transactions;
    }

    /** Rotates and prints what it did; returns the exit status, 0 once every case is under the current key. */
    public int run(PrintStream out) {
        Report report = rotate();
        out.println("Current key: \"" + report.currentKey() + "\". Cases by key before: " + describe(report.before()) + ".");
        if (report.erased() > 0) {
            out.println(report.erased() + (report.erased() == 1 ? " delivered case is erased and has" : " delivered cases are erased and have")
                    + " nothing to re-encrypt.");
        }
        if (!report.unlistedKeys().isEmpty()) {
            out.println("Nothing was changed: some cases are under keys that " + EncryptionKeys.VARIABLE + " does not list ("
                    + String.join(", ", report.unlistedKeys()) + "). Add them after the current key and run rotate-keys again.");
            return 1;
        }
        out.println("Re-encrypted " + report.reencrypted() + " cases under \"" + report.currentKey() + "\". Cases by key now: "
                + describe(report.after()) + ".");
        if (!report.failed().isEmpty()) {
            out.println(report.failed().size() + " cases could not be decrypted and were left as they were: "
                    + String.join(", ", report.failed()) + ". Keep every key until they are resolved.");
        }
        if (!report.complete()) {
            out.println("Some cases are still under older keys: keep those keys. If a portal still runs with an older key"
                    + " first, restart it with the new key first and run rotate-keys again.");
            return 1;
        }
        List<String> unused = keys.ids().stream().filter(id -> !id.equals(report.currentKey())).toList();
        out.println(unused.isEmpty() ? "Every case is under the current key."
                : "Every case is under the current key. You can now remove " + String.join(", ", unused) + " from "
                        + EncryptionKeys.VARIABLE + ".");
        return 0;
    }

    Report rotate() {
        String current = keys.current().id();
        Map<String, Long> before = casesByKey();
        long erased = repository.countErased();
        List<String> unlisted = before.keySet().stream().filter(id -> keys.find(id).isEmpty()).toList();
        if (!unlisted.isEmpty()) {
            return new Report(current, before, 0, List.of(), unlisted, before, erased);
        }
        int reencrypted = 0;
        List<String> failed = new ArrayList<>();
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = transactions.executeWrite(status -> reencrypt(current, from));
            if (batch.lastId() == from) {
                break;
            }
            reencrypted += batch.reencrypted();
            failed.addAll(batch.failed());
            after = batch.lastId();
        }
        return new Report(current, before, reencrypted, failed, List.of(), casesByKey(), erased);
    }

    private Batch reencrypt(String current, long after) {
        long lastId = after;
        int reencrypted = 0;
        List<String> failed = new ArrayList<>();
        for (IntakeCaseRow row : repository.findNotUnderKey(current, after, BATCH)) {
            lastId = row.id();
            CaseReference reference = new CaseReference(row.reference());
            byte[] document;
            try {
                document = cipher.open(reference, row.keyId(), row.personalData());
            } catch (CaseDecryptionException e) {
                failed.add(row.reference());
                continue;
            }
            try {
                CaseCipher.Sealed sealed = cipher.seal(reference, document);
                reencrypted += repository.reseal(row.id(), row.keyId(), sealed.keyId(), sealed.data());
            } finally {
                CaseCipher.wipe(document);
            }
        }
        return new Batch(lastId, reencrypted, failed);
    }

    private Map<String, Long> casesByKey() {
        Map<String, Long> counts = new LinkedHashMap<>();
        repository.keyIds().forEach(id -> counts.put(id, repository.countByKeyId(id)));
        return counts;
    }

    private static String describe(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
