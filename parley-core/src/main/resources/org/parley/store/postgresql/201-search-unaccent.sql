-- Parley schema, version 201, PostgreSQL: nothing left to change. Search folds accents since script 104
-- (the search columns read the text through an immutable translate() of accented letters, and queries
-- strip accents the same way), so "Sanchez" and "Sánchez" find the same texts, as FTS5's
-- remove_diacritics does on SQLite. The number is kept so that the twin scripts stay in step.
COMMENT ON TABLE schema_version IS 'Parley schema history, one row per script applied';
