-- Parley schema, version 100, PostgreSQL dialect: the twin of sqlite/100-read-model.sql. Full-text
-- search is PostgreSQL's own: a tsvector column kept by the database itself (a generated column, so
-- no trigger and no writer needs to know) with a GIN index, where SQLite keeps FTS5 tables by triggers.
-- The 'english' configuration stems ("visits" finds "visit"); weights rank a title hit above the text.
-- SQLite's trigger-kept key tables for the timeline (event_actors, event_countries, event_pairs) have
-- no twin: PostgreSQL filters by joins on the indexed event_participants and plans them well.

ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', COALESCE(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED;
CREATE INDEX events_search ON events USING GIN (search);

-- Timeline walks newest first, by type or not, as in SQLite.
CREATE INDEX events_day ON events ((COALESCE(date_start, '')), id);
CREATE INDEX events_type_day ON events (type, (COALESCE(date_start, '')), id);
