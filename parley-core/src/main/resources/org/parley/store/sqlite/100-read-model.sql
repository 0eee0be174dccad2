-- Read model for the API and web UI: full-text search and the keys that let a filtered timeline be
-- read newest first without sorting. Numbered 100 so that the store's own migrations (002, 003, ...)
-- keep their numbers; it depends on 001 only. Everything here is derived from the tables of 001 and
-- kept in step by triggers, so writers (ExtractionWriter, later merges) need not know it exists.
-- day is the event's date_start, '' when unknown: it sorts last when read newest first.

-- Who took part, one row per event and folded name: the actor filter and the actor page.
CREATE TABLE event_actors (
    actor    TEXT NOT NULL,
    day      TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (actor, day, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors (event_id, actor);

-- The sides of an event, one row per event and country: the country filter.
CREATE TABLE event_countries (
    country  TEXT NOT NULL,
    day      TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (country, day, event_id)
) WITHOUT ROWID;
CREATE INDEX event_countries_event ON event_countries (event_id, country);

-- Pairs of sides, a < b: the country-pair filter and the monthly counts by pair.
CREATE TABLE event_pairs (
    a        TEXT NOT NULL,
    b        TEXT NOT NULL,
    day      TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (a, b, day, event_id)
) WITHOUT ROWID;
CREATE INDEX event_pairs_event ON event_pairs (event_id, a, b);

-- Each event's day in a narrow table, so that the matches of a text search are sorted by day without
-- reading the (wide) event rows.
CREATE TABLE event_days (
    event_id INTEGER PRIMARY KEY,
    day      TEXT NOT NULL
);

-- Timeline walks without a participant filter: newest first, by type or not.
CREATE INDEX events_day ON events (COALESCE(date_start, ''), id);
CREATE INDEX events_type_day ON events (type, COALESCE(date_start, ''), id);

-- Article text, searchable; a copy, because an article's rowid is not stable (its key is TEXT).
CREATE VIRTUAL TABLE article_search USING fts5 (
    article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);

-- Evidence sentences, searchable; read from events itself (its INTEGER key is the rowid).
CREATE VIRTUAL TABLE evidence_search USING fts5 (
    evidence, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (article_id, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_search WHERE article_id = old.id;
END;

CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
    DELETE FROM article_search WHERE article_id = old.id;
    INSERT INTO article_search (article_id, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO evidence_search (rowid, evidence) VALUES (new.id, new.evidence);
    INSERT INTO event_days (event_id, day) VALUES (new.id, COALESCE(new.date_start, ''));
END;

CREATE TRIGGER events_read_delete AFTER DELETE ON events BEGIN
    INSERT INTO evidence_search (evidence_search, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    DELETE FROM event_actors WHERE event_id = old.id;
    DELETE FROM event_countries WHERE event_id = old.id;
    DELETE FROM event_pairs WHERE event_id = old.id;
    DELETE FROM event_days WHERE event_id = old.id;
END;

CREATE TRIGGER events_search_update AFTER UPDATE OF evidence ON events BEGIN
    INSERT INTO evidence_search (evidence_search, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    INSERT INTO evidence_search (rowid, evidence) VALUES (new.id, new.evidence);
END;

CREATE TRIGGER events_day_update AFTER UPDATE OF date_start ON events BEGIN
    UPDATE event_actors SET day = COALESCE(new.date_start, '') WHERE event_id = new.id;
    UPDATE event_countries SET day = COALESCE(new.date_start, '') WHERE event_id = new.id;
    UPDATE event_pairs SET day = COALESCE(new.date_start, '') WHERE event_id = new.id;
    UPDATE event_days SET day = COALESCE(new.date_start, '') WHERE event_id = new.id;
END;

-- A participant added: (re)derive the keys of its event from all its participants.
CREATE TRIGGER event_participants_read_insert AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO event_actors (actor, day, event_id)
        SELECT new.name_folded, COALESCE(e.date_start, ''), e.id FROM events e WHERE e.id = new.event_id;
    INSERT OR IGNORE INTO event_countries (country, day, event_id)
        SELECT new.country, COALESCE(e.date_start, ''), e.id FROM events e
        WHERE e.id = new.event_id AND new.country IS NOT NULL;
    INSERT OR IGNORE INTO event_pairs (a, b, day, event_id)
        SELECT MIN(p.country, new.country), MAX(p.country, new.country), COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE p.event_id = new.event_id AND p.country IS NOT NULL AND new.country IS NOT NULL
          AND p.country <> new.country;
END;

-- A participant removed or changed: derive its event's keys again from those left.
CREATE TRIGGER event_participants_read_delete AFTER DELETE ON event_participants BEGIN
    DELETE FROM event_actors WHERE event_id = old.event_id;
    DELETE FROM event_countries WHERE event_id = old.event_id;
    DELETE FROM event_pairs WHERE event_id = old.event_id;
    INSERT OR IGNORE INTO event_actors (actor, day, event_id)
        SELECT p.name_folded, COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.event_id = old.event_id;
    INSERT OR IGNORE INTO event_countries (country, day, event_id)
        SELECT p.country, COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE p.event_id = old.event_id AND p.country IS NOT NULL;
    INSERT OR IGNORE INTO event_pairs (a, b, day, event_id)
        SELECT p.country, q.country, COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id
        JOIN events e ON e.id = p.event_id
        WHERE p.event_id = old.event_id AND p.country < q.country;
END;

CREATE TRIGGER event_participants_read_update AFTER UPDATE OF name_folded, country, event_id
    ON event_participants BEGIN
    DELETE FROM event_actors WHERE event_id IN (old.event_id, new.event_id);
    DELETE FROM event_countries WHERE event_id IN (old.event_id, new.event_id);
    DELETE FROM event_pairs WHERE event_id IN (old.event_id, new.event_id);
    INSERT OR IGNORE INTO event_actors (actor, day, event_id)
        SELECT p.name_folded, COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE p.event_id IN (old.event_id, new.event_id);
    INSERT OR IGNORE INTO event_countries (country, day, event_id)
        SELECT p.country, COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE p.event_id IN (old.event_id, new.event_id) AND p.country IS NOT NULL;
    INSERT OR IGNORE INTO event_pairs (a, b, day, event_id)
        SELECT p.country, q.country, COALESCE(e.date_start, ''), e.id
        FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id
        JOIN events e ON e.id = p.event_id
        WHERE p.event_id IN (old.event_id, new.event_id) AND p.country < q.country;
END;

-- Databases that already hold articles: derive everything once.
INSERT INTO article_search (article_id, title, text) SELECT id, title, text FROM articles;
INSERT INTO evidence_search (evidence_search) VALUES ('rebuild');
INSERT INTO event_days (event_id, day) SELECT id, COALESCE(date_start, '') FROM events;
INSERT OR IGNORE INTO event_actors (actor, day, event_id)
    SELECT p.name_folded, COALESCE(e.date_start, ''), e.id FROM event_participants p JOIN events e ON e.id = p.event_id;
INSERT OR IGNORE INTO event_countries (country, day, event_id)
    SELECT p.country, COALESCE(e.date_start, ''), e.id FROM event_participants p JOIN events e ON e.id = p.event_id
    WHERE p.country IS NOT NULL;
INSERT OR IGNORE INTO event_pairs (a, b, day, event_id)
    SELECT p.country, q.country, COALESCE(e.date_start, ''), e.id
    FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id
    JOIN events e ON e.id = p.event_id
    WHERE p.country < q.country;
