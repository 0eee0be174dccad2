-- Parley schema, version 1. Applied once by Migrations; later versions add files, never edit this one.
-- Dates are ISO text (YYYY-MM-DD), so they sort and compare as strings in any SQL database.

-- One row per distinct article text: the id is Article.contentHash(), so the same text read twice
-- (another file, another feed) is one article.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    source_id     TEXT NOT NULL,
    origin        TEXT NOT NULL,
    url           TEXT,
    title         TEXT,
    published     TEXT,
    published_how TEXT,
    text          TEXT NOT NULL,
    cleaned_text  TEXT,
    ingested_at   TEXT NOT NULL
);

CREATE INDEX articles_source_id ON articles (source_id);

-- One row per event as one article states it. The id is the event's own, not derived from the
-- article, so that a later step can group rows of several articles into one occasion.
-- date_start is the first day of the period (sortable); date_precision says how much of it is known.
-- date_end is written at its own precision ("2023-07", "2023-07-13").
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    type           TEXT NOT NULL,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    date_source    TEXT NOT NULL,
    date_text      TEXT,
    location       TEXT,
    mechanism      TEXT,
    cameo          TEXT,
    confidence     REAL NOT NULL,
    evidence       TEXT NOT NULL,
    evidence_begin INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    UNIQUE (article_id, position)
);

CREATE INDEX events_date_start ON events (date_start, id);
CREATE INDEX events_type_date_start ON events (type, date_start);

-- name_folded is the name in lower case without accents: what the actor filter searches.
CREATE TABLE event_participants (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    country     TEXT,
    title       TEXT,
    PRIMARY KEY (event_id, position)
);

CREATE INDEX event_participants_country ON event_participants (country, event_id);

-- Persons as one article presents them; a later knowledge base links them across articles.
CREATE TABLE persons (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    country    TEXT,
    UNIQUE (article_id, position)
);

CREATE TABLE person_titles (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
);
