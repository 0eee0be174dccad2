-- Parley schema, version 201, PostgreSQL: search folds accents, as SQLite's FTS5 does (remove_diacritics),
-- so "Sanchez" finds "Sánchez" and the other way round. Numbered in the 200s so that scripts added
-- meanwhile on other branches keep their numbers.
--
-- The unaccent dictionary comes from the contrib extension of that name (trusted: a database owner may
-- create it). Where it cannot be created, search goes on without folding rather than the database
-- failing to open. The extension lives in public, so that dropping a schema never drops it.

DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported OR unique_violation THEN
    RAISE NOTICE 'unaccent cannot be installed here: search will not fold accents';
END
$$;

-- 'english' with unaccent before the stemmer, for the words of the text
CREATE TEXT SEARCH CONFIGURATION parley_english (COPY = pg_catalog.english);

DO $$
DECLARE
    home TEXT;
BEGIN
    SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'unaccent';
    IF home IS NOT NULL THEN
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION parley_english ALTER MAPPING FOR hword, hword_part, word'
            ' WITH %I.unaccent, english_stem', home);
    END IF;
END
$$;

-- the search columns of script 100, again in the new configuration (generated columns cannot be altered)
DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('parley_english', COALESCE(title, '')), 'A')
        || setweight(to_tsvector('parley_english', text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

DROP INDEX events_search;
ALTER TABLE events DROP COLUMN search;
ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('parley_english', evidence)) STORED;
CREATE INDEX events_search ON events USING GIN (search);
