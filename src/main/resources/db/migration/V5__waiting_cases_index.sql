-- Finding the cases due walked the index on next_attempt_at from the oldest row, through every
-- case already delivered, so each claim slowed as the table grew. Cases still to deliver have no
-- delivered_at: this index puts them first, in the order they are due.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL.
CREATE INDEX case_delivery_waiting_idx ON case_delivery (delivered_at, next_attempt_at);
