package uk.waymark.intake;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The changes of state a case goes through after it is opened, for whoever delivers it. Each
 * change runs in the caller's transaction (there must be one), so that it commits together with
 * the caller's own record of the delivery.
 */
public interface CaseLifecycle {

    /**
     * The case system has acknowledged these cases: erases what each person wrote (and its key
     * id), keeping the references and timestamps, and marks them {@link CaseStatus#DELIVERED}.
     */
    void deliveredAndErased(List<Long> caseIds, Instant at);

    /** Delivery is given up: the case stays whole, {@link CaseStatus#DEAD}, until it is re-driven. */
    void deadLettered(long caseId);

    /**
     * Dead-lettered cases wait to be delivered again: every one, or only the one with this
     * reference. Returns the ids of the cases that were dead-lettered and now wait.
     */
    List<Long> redrive(@Nullable CaseReference reference);

    long count(CaseStatus status);

    /** When the oldest case still waiting to be delivered was opened. */
    Optional<Instant> oldestWaiting();
}
