package uk.waymark.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.intake.CaseLifecycle;
import uk.waymark.intake.CaseOpened;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.CaseStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The delivery record of each case. {@link #opened} runs inside the transaction that stores
 * the case, so a case is never committed without the promise to deliver it. The case's own
 * status changes through intake's {@link CaseLifecycle}, in the same commit as the record.
 */
@Singleton
public class Outbox implements CaseOpened {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final CaseDeliveryRepository repository;
    private final CaseLifecycle cases;
    private final Clock clock;

    Outbox(CaseDeliveryRepository repository, CaseLifecycle cases, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.clock = clock;
    }

    /** Adds the case to the outbox; must be called in the transaction that stores it. */
    @Override
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void opened(long caseId) {
        if (repository.enqueue(caseId, UUID.randomUUID().toString(), clock.instant()) != 1) {
            throw new IllegalStateException("The case to deliver was not recorded in this transaction");
        }
    }

    /**
     * Sends dead-lettered cases again: every one, or the one with this reference.
     * Returns how many.
     */
    @Transactional
    public int redrive(String reference) {
        Instant now = clock.instant();
        List<Long> revived = cases.redrive(reference == null ? null : new CaseReference(reference));
        revived.forEach(caseId -> repository.restart(caseId, now));
        LOG.info("Re-drove {} dead-lettered case(s)", revived.size());
        return revived.size();
    }

    /** Cases due now that this instance has won the lease on, up to {@code limit}, in one commit. */
    @Transactional
    public List<Claimed> claim(String owner, Duration lease, int limit) {
        Instant now = clock.instant();
        List<Long> due = repository.due(CaseStatus.NEW, now, limit);
        if (due.isEmpty()) {
            return List.of();
        }
        // To the millisecond, so that the lease written is the lease looked for, on any database.
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        return repository.claimAll(due, owner, until, now) == 0 ? List.of() : repository.won(due, owner, until);
    }

    /**
     * The case system has these: record that and erase their personal data, together, in one
     * commit. Only the cases this instance still holds are recorded; where its lease had run out
     * and another instance took a case over, that instance finishes the job (the receiver records
     * the case once). Returns how many.
     */
    @Transactional
    public int acknowledged(List<Claimed> acknowledged, String owner) {
        if (acknowledged.isEmpty()) {
            return 0;
        }
        // To the millisecond, so that the time written is the time looked for, on any database.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Long> ids = acknowledged.stream().map(Claimed::caseId).toList();
        // The update takes each row it records, locked until the commit, and only where this
        // instance still holds it. All of them, as a rule: then they are the cases to erase.
        int recorded = repository.markDelivered(ids, owner, now);
        if (recorded == 0) {
            return 0;
        }
        List<Long> held = recorded == ids.size() ? ids : repository.deliveredAt(ids, now);
        cases.deliveredAndErased(held, now);
        return held.size();
    }

    @Transactional
    public void retryLater(Claimed claimed, String owner, Instant next, String failure) {
        repository.retryLater(claimed.caseId(), owner, next, fitted(failure));
    }

    /** The longest failure {@code case_delivery.last_failure} holds. */
    static final int FAILURE_LENGTH = 200;

    /** The failure as the column holds it: a mail server's reply can be longer than any status. */
    static String fitted(String failure) {
        if (failure == null || failure.length() <= FAILURE_LENGTH) {
            return failure;
        }
        int end = FAILURE_LENGTH - 1;
        if (Character.isHighSurrogate(failure.charAt(end - 1))) {
            end--;
        }
        return failure.substring(0, end) + "…";
    }

    /** Gives the case back unsent, its claim not counted as an attempt (see {@link CaseDeliveryRepository#giveBack}). */
    @Transactional
    public boolean giveBack(Claimed claimed, String owner) {
        return repository.giveBack(claimed.caseId(), owner) == 1;
    }

    /** Stops trying: the case waits, whole, for a person to re-drive it. */
    @Transactional
    public boolean deadLetter(Claimed claimed, String owner, String failure) {
        if (repository.retryLater(claimed.caseId(), owner, clock.instant(), fitted(failure)) != 1) {
            return false;
        }
        cases.deadLettered(claimed.caseId());
        return true;
    }

    long waiting() {
        return cases.count(CaseStatus.NEW);
    }

    long dead() {
        return cases.count(CaseStatus.DEAD);
    }

    Instant oldestWaiting() {
        return cases.oldestWaiting().orElse(null);
    }
}
