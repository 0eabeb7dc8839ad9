package uk.waymark.intake;

/** What an intake case is: a person asking for help for themselves, or someone worried about another person. */
public enum CaseKind {
    SELF_REFERRAL,
    CONCERN
}
