-- Parley schema, version 200: pages 'parley watch' could not fetch. Numbered in the 200s so that
-- scripts added meanwhile on other branches keep their numbers.

-- A feed item's page that failed: fetched again after next_attempt, up to a bounded number of
-- attempts; then failed_at is set and it is not fetched again ('parley watch --status' lists it).
CREATE TABLE watch_page_retries (
    link          TEXT PRIMARY KEY,
    attempts      INTEGER NOT NULL,
    next_attempt  TEXT NOT NULL,
    reason        TEXT NOT NULL,
    failed_at     TEXT
);
