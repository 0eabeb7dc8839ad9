-- The forms' rate limit, shared by every instance: one row per client, counting its posts in
-- a window that starts with its first post. A client is known only by a keyed hash (HMAC-SHA256,
-- truncated to 16 bytes) of its IPv4 address or its IPv6 /64; no address is stored.
-- Rows whose window has ended are deleted every minute.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL.
CREATE TABLE rate_limit (
    client_key   BYTEA                    NOT NULL PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    posts        INTEGER                  NOT NULL
);

-- The sweep deletes by window start.
CREATE INDEX rate_limit_window_start_idx ON rate_limit (window_start);
