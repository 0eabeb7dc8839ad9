package uk.waymark.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CaseLifecycle} on {@code intake_case}. */
@Singleton
class IntakeCaseLifecycle implements CaseLifecycle {

    private final IntakeCaseRepository repository;

    IntakeCaseLifecycle(IntakeCaseRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deliveredAndErased(List<Long> caseIds, Instant at) {
        if (!caseIds.isEmpty()) {
            repository.erase(caseIds, CaseStatus.DELIVERED, at);
        }
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deadLettered(long caseId) {
        repository.updateStatus(caseId, CaseStatus.DEAD);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Long> redrive(@Nullable CaseReference reference) {
        List<Long> dead = reference == null ? repository.findIdByStatus(CaseStatus.DEAD)
                : repository.findIdByStatusAndReference(CaseStatus.DEAD, reference.value());
        List<Long> revived = new ArrayList<>();
        for (long caseId : dead) {
            if (repository.changeStatus(caseId, CaseStatus.DEAD, CaseStatus.NEW) == 1) {
                revived.add(caseId);
            }
        }
        return revived;
    }

    @Override
    public long count(CaseStatus status) {
        return repository.countByStatus(status);
    }

    @Override
    public Optional<Instant> oldestWaiting() {
        return Optional.ofNullable(repository.oldestCreatedAt(CaseStatus.NEW));
    }
}
