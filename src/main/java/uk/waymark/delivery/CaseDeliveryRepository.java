package uk.waymark.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import uk.waymark.intake.CaseStatus;

import java.time.Instant;
import java.util.List;

/**
 * The outbox, {@code case_delivery}. Claims are leases: a conditional update that only one
 * instance can win, and that another instance may take over once the lease has run out (its
 * holder died). It reads {@code intake_case} to find the cases waiting, and never writes it: the
 * case's status changes through {@link uk.waymark.intake.CaseLifecycle}. POSTGRES dialect: the
 * same SQL runs on PostgreSQL and on H2 in PostgreSQL mode.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseDeliveryRepository extends GenericRepository<CaseDeliveryRow, Long> {

    @Query("""
            INSERT INTO case_delivery (case_id, message_id, attempts, next_attempt_at, created_at)
            VALUES (:caseId, :messageId, 0, :now, :now)""")
    int enqueue(long caseId, String messageId, Instant now);

    /**
     * Cases in the given status (waiting), due now and not leased, oldest first. The order names
     * both columns of {@code case_delivery_waiting_idx} (delivered_at is NULL in every row read),
     * so H2 reads the index in order and stops at the limit; ordered by next_attempt_at alone it
     * read, joined and sorted every waiting case on each claim.
     */
    @Query("""
            SELECT d.case_id FROM case_delivery d JOIN intake_case c ON c.id = d.case_id
            WHERE d.delivered_at IS NULL AND c.status = :status AND d.next_attempt_at <= :now
            AND (d.lease_until IS NULL OR d.lease_until < :now)
            ORDER BY d.delivered_at, d.next_attempt_at LIMIT :limit""")
    List<Long> due(CaseStatus status, Instant now, int limit);

    /**
     * Takes those of the cases still free for this instance until {@code until}, in one
     * statement; another instance racing for the same cases wins each row or loses it whole.
     * The conditions on the row are one {@code CASE}, which no index can answer, so that the
     * cases are found by their primary key: written as plain conditions, H2 chose
     * {@code case_delivery_waiting_idx} for them and read every waiting case at each claim
     * (143,336 rows for 3 cases on a backlog of 180,000).
     */
    @Query("""
            UPDATE case_delivery SET lease_owner = :owner, lease_until = :until, attempts = attempts + 1
            WHERE case_id IN (:caseIds)
            AND CASE WHEN delivered_at IS NULL AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                THEN TRUE ELSE FALSE END""")
    int claimAll(List<Long> caseIds, String owner, Instant until, Instant now);

    /** The cases of {@code caseIds} this instance holds with the lease {@code until}: those {@link #claimAll} won. */
    @Query("""
            SELECT d.case_id, d.message_id, d.attempts, c.reference, c.created_at, d.lease_until FROM case_delivery d
            JOIN intake_case c ON c.id = d.case_id
            WHERE d.case_id IN (:caseIds) AND d.lease_owner = :owner AND d.lease_until = :until
            ORDER BY d.next_attempt_at""")
    List<Claimed> won(List<Long> caseIds, String owner, Instant until);

    /**
     * Of these cases, those recorded as delivered at {@code at}: those {@link #markDelivered}
     * has just recorded, in this transaction, when it did not record them all. (A case another
     * instance recorded in the same millisecond would be erased by both, which changes nothing.)
     */
    @Query("SELECT case_id FROM case_delivery WHERE case_id IN (:caseIds) AND delivered_at = :at AND lease_owner IS NULL ORDER BY case_id")
    List<Long> deliveredAt(List<Long> caseIds, Instant at);

    @Query("UPDATE case_delivery SET delivered_at = :now, lease_owner = NULL, lease_until = NULL, last_failure = NULL WHERE case_id IN (:caseIds) AND lease_owner = :owner")
    int markDelivered(List<Long> caseIds, String owner, Instant now);

    @Query("UPDATE case_delivery SET next_attempt_at = :next, lease_owner = NULL, lease_until = NULL, last_failure = :failure WHERE case_id = :caseId AND lease_owner = :owner")
    int retryLater(long caseId, String owner, Instant next, String failure);

    /**
     * Gives back a case this instance holds without having tried it: free at once for whichever
     * instance claims next, and its claim not counted as an attempt.
     */
    @Query("UPDATE case_delivery SET attempts = attempts - 1, lease_owner = NULL, lease_until = NULL WHERE case_id = :caseId AND lease_owner = :owner")
    int giveBack(long caseId, String owner);

    /** Gives a re-driven case a fresh set of attempts, starting now. */
    @Query("UPDATE case_delivery SET attempts = 0, next_attempt_at = :now, last_failure = NULL WHERE case_id = :caseId")
    int restart(long caseId, Instant now);
}
