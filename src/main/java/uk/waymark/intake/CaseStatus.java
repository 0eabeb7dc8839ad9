package uk.waymark.intake;

/**
 * Where a case is in its life, as stored in {@code intake_case.status} (by name). Only intake
 * changes it, through {@link IntakeCases#open} and {@link CaseLifecycle}.
 */
public enum CaseStatus {
    /** Stored, with everything the person wrote, and waiting to be delivered. */
    NEW,
    /** Delivery was given up after too many attempts or too long; kept whole until a person re-drives it. */
    DEAD,
    /** The case system acknowledged it: its personal data is erased, its reference and timestamps kept. */
    DELIVERED
}
