package uk.waymark.questions;

/** Which part of a case an answer belongs to: what the team reads first, or the rest. */
public enum Part {
    /** How, when and whether it is safe to make contact: read before anything else. */
    SAFE_CONTACT,
    /** Every other answer. */
    OTHER
}
