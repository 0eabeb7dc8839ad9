package uk.waymark.intake;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code intake_case}. POSTGRES dialect: the same SQL runs on PostgreSQL and on H2 in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IntakeCaseRepository extends GenericRepository<IntakeCaseRow, Long> {

    /**
     * Stores a new case, or nothing if its reference is already taken. Returns the rows inserted.
     * A taken reference leaves the transaction usable, so the caller can try another.
     */
    @Query("""
            INSERT INTO intake_case (reference, kind, verification, status, created_at, key_id, personal_data)
            VALUES (:reference, :kind, :verification, :status, :createdAt, :keyId, :personalData)
            ON CONFLICT DO NOTHING""")
    int insertUnlessTaken(String reference, String kind, String verification, String status, Instant createdAt,
                          String keyId, byte[] personalData);

    Optional<IntakeCaseRow> findByReference(String reference);

    /** The keys cases are under; erased cases (delivered, no key and no data left) are under none. */
    @Query("SELECT DISTINCT key_id FROM intake_case WHERE key_id IS NOT NULL ORDER BY key_id")
    List<String> keyIds();

    /** Cases delivered and erased: nothing of what the person wrote is left, so no key either. */
    @Query("SELECT COUNT(*) FROM intake_case WHERE key_id IS NULL")
    long countErased();

    long countByKeyId(String keyId);

    /** The next rows, in id order after {@code after}, that are not under the given key. */
    @Query("SELECT * FROM intake_case WHERE key_id <> :keyId AND id > :after ORDER BY id LIMIT :limit")
    List<IntakeCaseRow> findNotUnderKey(String keyId, long after, int limit);

    /** Replaces a row's ciphertext, only if it is still under the key it was read under. */
    @Query("UPDATE intake_case SET key_id = :newKeyId, personal_data = :personalData WHERE id = :id AND key_id = :oldKeyId")
    int reseal(long id, String oldKeyId, String newKeyId, byte[] personalData);
}
