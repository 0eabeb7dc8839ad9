-- Answers to a form that must be shown again (a problem with an answer, a stale form, the rate
-- limit) when the browser sent the form without the portal's script. Kept here, sealed with the
-- forms' secret and for 30 minutes at most, so that the page shown again is the answer to a GET:
-- a browser keeps the body of a post whose answer it shows, and would write it to its session files.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL.
CREATE TABLE form_draft (
    id          VARCHAR(32)              NOT NULL PRIMARY KEY,
    sealed      TEXT                     NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX form_draft_expires_idx ON form_draft (expires_at);
