package uk.waymark.delivery;

import uk.waymark.intake.StoredCase;

/**
 * One way cases leave the portal: the webhook or email. The outbox, its leases, retries, dead
 * letter and erasure are the same for both; a channel only sends and says how it went.
 */
interface Channel {

    /** How one send went. {@code detail} names the outcome (a status, a reply code, an error's class), never what a case says. */
    record Result(Outcome outcome, String detail) {

        static Result accepted(String detail) {
            return new Result(Outcome.ACCEPTED, detail);
        }

        static Result retry(String detail) {
            return new Result(Outcome.RETRY, detail);
        }

        static Result refused(String detail) {
            return new Result(Outcome.REFUSED, detail);
        }
    }

    enum Outcome {
        /** The other side took the case: it can be erased here. */
        ACCEPTED,
        /** Not this time: try again later. */
        RETRY,
        /** The other side refused it for good: to the dead-letter state at once. */
        REFUSED
    }

    /** Sends one case, with the idempotency key that a repeat of the same case carries too. */
    Result send(StoredCase stored, String idempotencyKey);

    /** Sends a harmless test (no case in it) and says how it went. */
    Result sendTest();

    /**
     * Whether the other side records a repeated case once (a case system keyed by Idempotency-Key).
     * If so, acceptances are recorded a batch at a time; if not (a mailbox), each at once, so a
     * crash repeats only the cases in flight.
     */
    boolean dropsRepeats();

    /** Where cases go, for the start-up line and the test command: no secret in it. */
    String describe();
}
