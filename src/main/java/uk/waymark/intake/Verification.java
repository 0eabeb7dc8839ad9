package uk.waymark.intake;

/**
 * What the anti-automation check said about the submission. A case is kept whatever it says:
 * a person in danger must never lose a referral to a false positive.
 */
public enum Verification {
    /** The check passed. */
    VERIFIED,
    /** The check failed, scored low or was missing: the case is kept and marked for triage. */
    UNVERIFIED,
    /** The provider has not turned the check on. */
    NOT_CHECKED
}
