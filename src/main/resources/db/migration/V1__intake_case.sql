-- One row per self-referral or concern report. Everything the person told us is in
-- personal_data, one JSON document encrypted with AES-256-GCM under key_id, with the reference
-- as associated data. No other column holds anything they wrote.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL.
CREATE TABLE intake_case (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference     VARCHAR(9)               NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    verification  VARCHAR(20)              NOT NULL,
    status        VARCHAR(40)              NOT NULL DEFAULT 'NEW',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id        VARCHAR(64)              NOT NULL,
    personal_data BYTEA                    NOT NULL,
    CONSTRAINT intake_case_reference_key UNIQUE (reference),
    CONSTRAINT intake_case_kind_check CHECK (kind IN ('SELF_REFERRAL', 'CONCERN')),
    CONSTRAINT intake_case_verification_check CHECK (verification IN ('VERIFIED', 'UNVERIFIED', 'NOT_CHECKED'))
);

-- Key rotation looks for the rows that are not under the current key.
CREATE INDEX intake_case_key_id_idx ON intake_case (key_id);
