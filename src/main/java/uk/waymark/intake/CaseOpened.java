package uk.waymark.intake;

/**
 * Told of every new case inside the transaction that stores it, before it commits: whatever the
 * listener writes commits with the case, and an exception rolls the case back. Delivery
 * implements it to write the case's delivery record, so a case is never stored without the
 * promise to deliver it, and intake needs to know nothing of delivery.
 */
public interface CaseOpened {

    /** @param caseId the new case's row id, for a record that refers to it; never shown to anyone */
    void opened(long caseId);
}
