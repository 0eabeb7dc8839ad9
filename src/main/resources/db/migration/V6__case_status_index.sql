-- The outbox's gauges (waiting, dead-lettered, the oldest waiting case) counted and searched
-- every row of intake_case at each scrape. This index answers them from the cases in that status:
-- the oldest is its first entry.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL.
CREATE INDEX intake_case_status_idx ON intake_case (status, created_at);
