package uk.waymark.intake;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.waymark.store.GroupCommit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Self-referrals and concern reports, stored with everything the person wrote encrypted.
 * With {@link CaseLifecycle} and {@link KeyRotation}, the only code that writes {@code intake_case};
 * delivery's queries only read it, to find the cases waiting.
 */
@Singleton
public class IntakeCases {

    /** 32^8 references: a collision is rare, several in a row mean something else is wrong. */
    private static final int ATTEMPTS = 10;

    /**
     * A new case, or nothing if its reference is taken (which leaves the transaction usable, so
     * another can be tried), over JDBC so that the insert itself returns the new row's id: it runs
     * for every referral on the one group-commit writer, and a query of its own for the id was one
     * more round trip to the database, with the writer waiting. (A repository's {@code @Query}
     * cannot ask for generated keys, and H2 has no {@code RETURNING}; JDBC's generated keys work
     * on both.)
     */
    private static final String INSERT = """
            INSERT INTO intake_case (reference, kind, verification, status, created_at, key_id, personal_data)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String[] ID = {"id"};

    private final IntakeCaseRepository repository;
    private final CaseCipher cipher;
    private final CaseAnswers answers;
    private final CaseReferences references;
    private final Clock clock;
    private final CaseOpened opened;
    private final GroupCommit commits;
    private final JdbcOperations jdbc;

    IntakeCases(IntakeCaseRepository repository, CaseCipher cipher, CaseAnswers answers, CaseReferences references,
                Clock clock, CaseOpened opened, GroupCommit commits, JdbcOperations jdbc) {
        this.opened = opened;
        this.jdbc = jdbc;
        this.commits = commits;
        this.repository = repository;
        this.cipher = cipher;
        this.answers = answers;
        this.references = references;
        this.clock = clock;
    }

    /**
     * Stores a new case, with its delivery record, and returns its reference once both are
     * committed. The commit is its own, shared only with other new cases and counts
     * ({@link GroupCommit}), so the case is kept even if the caller's work fails afterwards.
     * The answers are encrypted before the database is asked for anything.
     *
     * @param answers the answers in the order to show them: strings, booleans, lists of strings, or groups
     *                of these (such as the contact details)
     *                (null for a question left blank)
     */
    public CaseReference open(CaseKind kind, Verification verification, Map<String, Object> answers) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verification, "verification");
        byte[] document = this.answers.write(Objects.requireNonNull(answers, "answers"));
        try {
            Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                CaseReference reference = references.next();
                CaseCipher.Sealed sealed = cipher.seal(reference, document);
                if (commits.run(() -> store(reference, kind, verification, createdAt, sealed))) {
                    return reference;
                }
            }
            throw new IllegalStateException("No free case reference after " + ATTEMPTS + " attempts");
        } finally {
            CaseCipher.wipe(document);
        }
    }

    /** The case and its delivery record, in the caller's transaction; false if the reference is taken. */
    private boolean store(CaseReference reference, CaseKind kind, Verification verification, Instant createdAt,
                          CaseCipher.Sealed sealed) {
        OptionalLong id = insertUnlessTaken(reference, kind, verification, createdAt, sealed);
        id.ifPresent(opened::opened);
        return id.isPresent();
    }

    /** Inserts the case in the caller's transaction: its new id, or empty if the reference is taken. */
    private OptionalLong insertUnlessTaken(CaseReference reference, CaseKind kind, Verification verification,
                                           Instant createdAt, CaseCipher.Sealed sealed) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, ID)) {
                insert.setString(1, reference.value());
                insert.setString(2, kind.name());
                insert.setString(3, verification.name());
                insert.setString(4, CaseStatus.NEW.name());
                insert.setTimestamp(5, Timestamp.from(createdAt));
                insert.setString(6, sealed.keyId());
                insert.setBytes(7, sealed.data());
                if (insert.executeUpdate() != 1) {
                    return OptionalLong.empty();
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("The new case's id was not returned");
                    }
                    return OptionalLong.of(keys.getLong(1));
                }
            }
        });
    }

    /**
     * The case with this reference, decrypted; empty if there is none, or if it has been
     * delivered and erased.
     *
     * @throws CaseDecryptionException if it cannot be decrypted; no part of it is returned
     */
    @Transactional(readOnly = true)
    public Optional<StoredCase> find(CaseReference reference) {
        if (!reference.wellFormed()) {
            return Optional.empty();
        }
        // An acknowledged case has been erased: nothing of what the person wrote is left to return.
        return repository.findByReference(reference.value()).filter(row -> row.personalData() != null).map(this::decrypt);
    }

    /**
     * The cases with these references, read in one query and still encrypted: each is decrypted
     * only when {@link Sealed#open()} is called, so a batch read at once can be decrypted by
     * whoever sends each case. References with no case, or whose case has been delivered and
     * erased, are absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<CaseReference, Sealed> findSealed(List<CaseReference> references) {
        List<String> wanted = references.stream().filter(CaseReference::wellFormed).map(CaseReference::value).toList();
        Map<CaseReference, Sealed> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (IntakeCaseRow row : repository.findByReferenceIn(wanted)) {
            if (row.personalData() != null) {
                found.put(new CaseReference(row.reference()), new Sealed(row));
            }
        }
        return found;
    }

    private StoredCase decrypt(IntakeCaseRow row) {
        CaseReference reference = new CaseReference(row.reference());
        byte[] document = cipher.open(reference, row.keyId(), row.personalData());
        try {
            return new StoredCase(reference, row.kind(), row.verification(), row.createdAt(), answers.read(document));
        } finally {
            CaseCipher.wipe(document);
        }
    }

    /** A case as stored, its answers still encrypted. Says nothing of them, even in {@link #toString()}. */
    public final class Sealed {

        private final IntakeCaseRow row;

        private Sealed(IntakeCaseRow row) {
            this.row = row;
        }

        /**
         * The case, decrypted.
         *
         * @throws CaseDecryptionException if it cannot be decrypted; no part of it is returned
         */
        public StoredCase open() {
            return decrypt(row);
        }

        @Override
        public String toString() {
            return "Sealed[" + row.reference() + "]";
        }
    }
}
