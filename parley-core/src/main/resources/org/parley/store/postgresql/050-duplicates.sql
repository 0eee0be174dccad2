-- Parley schema, version 50, PostgreSQL dialect: the twin of sqlite/050-duplicates.sql (near-duplicate
-- fingerprints, further sources of a stored article, a feed watcher's seen links). Each table has a
-- rowid, the insertion order SQLite gives for free, because "newest first" is read by it.

CREATE TABLE article_fingerprints (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    fingerprint BIGINT NOT NULL,
    rowid       BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE article_urls (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    url        TEXT,
    origin     TEXT NOT NULL,
    published  TEXT,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
);

CREATE TABLE watch_seen_links (
    link    TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL,
    rowid   BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
