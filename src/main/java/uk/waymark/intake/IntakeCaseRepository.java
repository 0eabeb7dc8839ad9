package uk.waymark.intake;

import io.micronaut.core.annotation.Nullable;
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

    Optional<IntakeCaseRow> findByReference(String reference);

    List<IntakeCaseRow> findByReferenceIn(List<String> references);

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

    /** Erases what each person wrote, and the id of the key it was under. */
    @Query("UPDATE intake_case SET status = :status, personal_data = NULL, key_id = NULL, erased_at = :at WHERE id IN (:ids)")
    int erase(List<Long> ids, CaseStatus status, Instant at);

    @Query("UPDATE intake_case SET status = :status WHERE id = :id")
    int updateStatus(long id, CaseStatus status);

    /** Moves a case from one status to another; 1 if it was in the first. */
    @Query("UPDATE intake_case SET status = :to WHERE id = :id AND status = :from")
    int changeStatus(long id, CaseStatus from, CaseStatus to);

    @Query("SELECT id FROM intake_case WHERE status = :status ORDER BY id")
    List<Long> findIdByStatus(CaseStatus status);

    @Query("SELECT id FROM intake_case WHERE status = :status AND reference = :reference")
    List<Long> findIdByStatusAndReference(CaseStatus status, String reference);

    @Query("SELECT COUNT(*) FROM intake_case WHERE status = :status")
    long countByStatus(CaseStatus status);

    /** The first entry of intake_case_status_idx for the status (MIN would read them all on H2). */
    @Query("SELECT created_at FROM intake_case WHERE status = :status ORDER BY status, created_at LIMIT 1")
    @Nullable
    Instant oldestCreatedAt(CaseStatus status);

    /** Replaces a row's ciphertext, only if it is still under the key it was read under. */
    @Query("UPDATE intake_case SET key_id = :newKeyId, personal_data = :personalData WHERE id = :id AND key_id = :oldKeyId")
    int reseal(long id, String oldKeyId, String newKeyId, byte[] personalData);
}
