-- Parley schema, version 120, PostgreSQL: nothing to add. The twin SQLite script keeps a full-text index keyed
-- in the timeline's order, as FTS5 can only return its matches in key order; here the planner walks the
-- GIN index of events.search (104) and the occasions' day index itself. The number keeps the twins in step.
COMMENT ON TABLE schema_version IS 'Parley schema history, one row per script applied';
