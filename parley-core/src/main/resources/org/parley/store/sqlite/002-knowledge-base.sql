-- Parley schema, version 2: the knowledge base (actors, organisations, mechanisms) and occasions.
-- Everything here is derived from the per-article rows of version 1 plus the analyst's own input
-- (curation, imported dictionaries), so it can be rebuilt from them at any time ('parley kb rebuild').

-- A person or an organisation, across articles. code is a CAMEO actor code ("RUSGOV") when known.
-- origin: 'article' (read from news) or 'import' (from an analyst's list or dictionary).
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    country     TEXT,
    code        TEXT,
    origin      TEXT NOT NULL
);

CREATE INDEX actors_name_folded ON actors (name_folded);

-- Every spelling of an actor's name seen or imported; alias_folded is the transliteration-folded key.
CREATE TABLE actor_aliases (
    actor_id     INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    alias_folded TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE INDEX actor_aliases_folded ON actor_aliases (alias_folded);

-- Titles over time: first and last date an article showed the actor with this title, and the
-- sentence (or dictionary line) that first showed it. Dates are article dates, ISO text.
CREATE TABLE actor_titles (
    actor_id     INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    title_folded TEXT NOT NULL,
    first_seen   TEXT,
    last_seen    TEXT,
    evidence     TEXT,
    article_id   TEXT REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, title_folded)
);

-- Date-bounded CAMEO codes from a dictionary ("[RUSGOV 19940922-20040712]"); open ends are null.
CREATE TABLE actor_codes (
    actor_id  INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    code      TEXT NOT NULL,
    date_from TEXT,
    date_to   TEXT,
    PRIMARY KEY (actor_id, code, date_from)
);

-- A person leading or belonging to an organisation, as a title states it ("Chairman" of "State Duma").
CREATE TABLE actor_memberships (
    person_id       INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    first_seen      TEXT,
    last_seen       TEXT,
    evidence        TEXT,
    PRIMARY KEY (person_id, organisation_id, role)
);

-- Standing bodies and recurring formats; name_key is the name without ordinals, folded.
CREATE TABLE mechanisms (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

-- One real occasion, however many articles report it. status is 'occurred' when any source says it
-- happened; plan_fulfilled is 1 when a source had announced it as planned before. date_conflict is 1
-- when the sources give dates that disagree (each source's own date stays on its events row).
CREATE TABLE occasions (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL,
    status         TEXT NOT NULL,
    plan_fulfilled INTEGER NOT NULL DEFAULT 0,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    date_conflict  INTEGER NOT NULL DEFAULT 0,
    location       TEXT,
    mechanism_id   INTEGER REFERENCES mechanisms (id),
    ordinal        INTEGER,
    cameo          TEXT
);

CREATE INDEX occasions_date_start ON occasions (date_start, id);

CREATE TABLE mechanism_sessions (
    mechanism_id INTEGER NOT NULL REFERENCES mechanisms (id) ON DELETE CASCADE,
    occasion_id  INTEGER NOT NULL REFERENCES occasions (id) ON DELETE CASCADE,
    ordinal      INTEGER,
    PRIMARY KEY (mechanism_id, occasion_id)
);

-- Which per-article event rows report which occasion: every source and evidence sentence of it.
CREATE TABLE occasion_events (
    event_id    INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    occasion_id INTEGER NOT NULL REFERENCES occasions (id) ON DELETE CASCADE
);

CREATE INDEX occasion_events_occasion ON occasion_events (occasion_id);

-- The actor each participant and each article person was resolved to.
ALTER TABLE event_participants ADD COLUMN actor_id INTEGER REFERENCES actors (id);

ALTER TABLE persons ADD COLUMN actor_id INTEGER REFERENCES actors (id);

-- Analyst decisions, replayed on every resolution. action 'merge': names of subject and object are
-- one actor (subject's name is kept); 'split': the name in object is never the actor named subject.
-- Names are kept, not ids, so that decisions hold when the knowledge base is rebuilt.
CREATE TABLE curation (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    object     TEXT NOT NULL,
    country    TEXT,
    decided_at TEXT NOT NULL
);

-- Actors an analyst imported (own list, Phoenix dictionary), one JSON object each, as read. Kept as
-- input so that a rebuild seeds the knowledge base with them again before replaying the articles.
CREATE TABLE kb_entries (
    id    INTEGER PRIMARY KEY,
    entry TEXT NOT NULL
);
