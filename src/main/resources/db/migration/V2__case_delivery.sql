-- The outbox: one row per case, written in the same transaction as the case. A case is
-- delivered to the case system at least once, recorded there once (the receiver deduplicates
-- on message_id, sent as Idempotency-Key), and its personal data erased once acknowledged.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL.

-- Acknowledged cases keep only their reference, timestamps and status.
ALTER TABLE intake_case ALTER COLUMN personal_data DROP NOT NULL;
ALTER TABLE intake_case ALTER COLUMN key_id DROP NOT NULL;
ALTER TABLE intake_case ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE case_delivery (
    case_id          BIGINT                   NOT NULL PRIMARY KEY REFERENCES intake_case (id),
    message_id       VARCHAR(36)              NOT NULL,
    attempts         INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(64),
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_failure     VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT case_delivery_message_id_key UNIQUE (message_id)
);

-- Instances look for cases that are due and not leased by another instance.
CREATE INDEX case_delivery_due_idx ON case_delivery (next_attempt_at);
