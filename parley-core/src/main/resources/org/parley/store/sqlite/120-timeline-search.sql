-- Parley schema, version 120, SQLite: the evidence sentences once more, keyed in the timeline's order, so that
-- the timeline's words filter reads its matches newest first and stops after a page (TimelineSql) instead of
-- collecting every match and sorting it: a common word on a million events matches a hundred thousand.
-- An event's key is its occasion's day in the high bits and its event id in the low 40:
--     (year * 512 + month * 32 + day) << 40 | event id      ('' and NULL are 0; a missing part is 0)
-- which orders as the day strings do ('2024' < '2024-06' < '2024-06-01'). Each row holds the evidence (each
-- word searched with the tokenizer of 104, so the words match as in evidence_search) and the occasion's
-- sides, its countries' codes, so that a country filter is one more word of the same query. The index holds
-- no copy of the text (contentless, rows deleted by key); timeline_keys remembers each event's key.
-- Prefix indexes of 2 to 8 letters: every word the desk asks is a prefix, and without them FTS5 merges the
-- lists of every word a prefix begins before it returns the first match (about 5 ms a common word on 200,000
-- events, 0.4 ms with them); they make the index about three times larger.
-- Derived and kept in step by triggers, as everything since 100: writers need not know it exists.

CREATE VIRTUAL TABLE timeline_search USING fts5 (
    evidence, sides, content = '', contentless_delete = 1, prefix = '2 3 4 5 6 7 8',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE timeline_keys (
    event_id INTEGER PRIMARY KEY,
    key      INTEGER NOT NULL
);

INSERT INTO timeline_keys (event_id, key)
    SELECT oe.event_id, ((CAST(substr(COALESCE(o.date_start, ''), 1, 4) AS INTEGER) * 512
            + CAST(substr(COALESCE(o.date_start, ''), 6, 2) AS INTEGER) * 32
            + CAST(substr(COALESCE(o.date_start, ''), 9, 2) AS INTEGER)) << 40) + oe.event_id
    FROM occasion_events oe JOIN occasions o ON o.id = oe.occasion_id;

INSERT INTO timeline_search (rowid, evidence, sides)
    SELECT k.key, e.evidence, (SELECT group_concat(c.country, ' ') FROM occasion_countries c WHERE c.occasion_id = oe.occasion_id)
    FROM timeline_keys k JOIN events e ON e.id = k.event_id JOIN occasion_events oe ON oe.event_id = k.event_id;

-- An event joins an occasion: its row, keyed by the occasion's day (a row left under the same event id goes).
CREATE TRIGGER occasion_events_timeline_insert AFTER INSERT ON occasion_events BEGIN
    DELETE FROM timeline_search WHERE rowid = (SELECT key FROM timeline_keys WHERE event_id = new.event_id);
    INSERT OR REPLACE INTO timeline_keys (event_id, key)
        SELECT new.event_id, ((CAST(substr(COALESCE(o.date_start, ''), 1, 4) AS INTEGER) * 512
                + CAST(substr(COALESCE(o.date_start, ''), 6, 2) AS INTEGER) * 32
                + CAST(substr(COALESCE(o.date_start, ''), 9, 2) AS INTEGER)) << 40) + new.event_id
        FROM occasions o WHERE o.id = new.occasion_id;
    INSERT INTO timeline_search (rowid, evidence, sides)
        SELECT k.key, e.evidence,
            (SELECT group_concat(c.country, ' ') FROM occasion_countries c WHERE c.occasion_id = new.occasion_id)
        FROM timeline_keys k JOIN events e ON e.id = k.event_id WHERE k.event_id = new.event_id;
END;

CREATE TRIGGER occasion_events_timeline_delete AFTER DELETE ON occasion_events BEGIN
    DELETE FROM timeline_search WHERE rowid = (SELECT key FROM timeline_keys WHERE event_id = old.event_id);
    DELETE FROM timeline_keys WHERE event_id = old.event_id;
END;

-- An occasion's day changes: its events' rows move to their new keys.
CREATE TRIGGER occasions_timeline_day AFTER UPDATE OF date_start ON occasions
    WHEN COALESCE(old.date_start, '') <> COALESCE(new.date_start, '') BEGIN
    DELETE FROM timeline_search WHERE rowid IN (SELECT k.key FROM occasion_events oe
        JOIN timeline_keys k ON k.event_id = oe.event_id WHERE oe.occasion_id = new.id);
    UPDATE timeline_keys SET key = ((CAST(substr(COALESCE(new.date_start, ''), 1, 4) AS INTEGER) * 512
            + CAST(substr(COALESCE(new.date_start, ''), 6, 2) AS INTEGER) * 32
            + CAST(substr(COALESCE(new.date_start, ''), 9, 2) AS INTEGER)) << 40) + event_id
        WHERE event_id IN (SELECT event_id FROM occasion_events WHERE occasion_id = new.id);
    INSERT INTO timeline_search (rowid, evidence, sides)
        SELECT k.key, e.evidence, (SELECT group_concat(c.country, ' ') FROM occasion_countries c WHERE c.occasion_id = new.id)
        FROM occasion_events oe JOIN timeline_keys k ON k.event_id = oe.event_id JOIN events e ON e.id = oe.event_id
        WHERE oe.occasion_id = new.id;
END;

-- An occasion's sides change: its events' rows are written again with the new sides.
CREATE TRIGGER occasion_countries_timeline_insert AFTER INSERT ON occasion_countries BEGIN
    DELETE FROM timeline_search WHERE rowid IN (SELECT k.key FROM occasion_events oe
        JOIN timeline_keys k ON k.event_id = oe.event_id WHERE oe.occasion_id = new.occasion_id);
    INSERT INTO timeline_search (rowid, evidence, sides)
        SELECT k.key, e.evidence,
            (SELECT group_concat(c.country, ' ') FROM occasion_countries c WHERE c.occasion_id = new.occasion_id)
        FROM occasion_events oe JOIN timeline_keys k ON k.event_id = oe.event_id JOIN events e ON e.id = oe.event_id
        WHERE oe.occasion_id = new.occasion_id;
END;

CREATE TRIGGER occasion_countries_timeline_delete AFTER DELETE ON occasion_countries BEGIN
    DELETE FROM timeline_search WHERE rowid IN (SELECT k.key FROM occasion_events oe
        JOIN timeline_keys k ON k.event_id = oe.event_id WHERE oe.occasion_id = old.occasion_id);
    INSERT INTO timeline_search (rowid, evidence, sides)
        SELECT k.key, e.evidence,
            (SELECT group_concat(c.country, ' ') FROM occasion_countries c WHERE c.occasion_id = old.occasion_id)
        FROM occasion_events oe JOIN timeline_keys k ON k.event_id = oe.event_id JOIN events e ON e.id = oe.event_id
        WHERE oe.occasion_id = old.occasion_id;
END;

-- An evidence sentence is corrected: its row is written again.
CREATE TRIGGER events_timeline_evidence AFTER UPDATE OF evidence ON events BEGIN
    DELETE FROM timeline_search WHERE rowid = (SELECT key FROM timeline_keys WHERE event_id = new.id);
    INSERT INTO timeline_search (rowid, evidence, sides)
        SELECT k.key, new.evidence,
            (SELECT group_concat(c.country, ' ') FROM occasion_countries c WHERE c.occasion_id = oe.occasion_id)
        FROM timeline_keys k JOIN occasion_events oe ON oe.event_id = k.event_id WHERE k.event_id = new.id;
END;
