-- Parley schema, version 50: duplicates and feed state. Numbered far from 1 so that scripts added
-- meanwhile on other branches (2, 3, ...) keep their numbers; Migrations applies any missing one.

-- The SimHash of each stored article's text (org.parley.ingest.dedup.NearDuplicates), so that a
-- later run finds near-duplicates of what is stored. A signed 64-bit integer, as Java's long.
CREATE TABLE article_fingerprints (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    fingerprint INTEGER NOT NULL
);

-- Further places the same story was read from: an identical or near-identical text from another
-- site, file or feed. The article's first source stays in articles (url, origin). One row per origin.
CREATE TABLE article_urls (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    url        TEXT,
    origin     TEXT NOT NULL,
    published  TEXT,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
);

-- Feed item links that 'parley watch' has handled, so that a restarted watcher does not fetch
-- their pages again.
CREATE TABLE watch_seen_links (
    link    TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
);
