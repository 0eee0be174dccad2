-- Parley schema, version 102, PostgreSQL dialect: the twin of sqlite/102-sides-channels.sql. event_sides and
-- events.channel are tables and columns as there; the occasions' sides, pairs and channels are views, as in 101,
-- now over event_sides instead of the participants. An occasion's channel is the first, in channel_ranks' order,
-- of its sources' channels.

ALTER TABLE events ADD COLUMN channel TEXT;

CREATE TABLE event_sides (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country  TEXT NOT NULL,
    position INTEGER NOT NULL,
    named    INTEGER NOT NULL,
    PRIMARY KEY (event_id, country)
);
CREATE INDEX event_sides_country ON event_sides (country, event_id);

CREATE TABLE channel_ranks (
    channel TEXT PRIMARY KEY,
    rank    INTEGER NOT NULL
);
INSERT INTO channel_ranks (channel, rank) VALUES ('party', 1), ('parliament', 2), ('defence', 3), ('regional', 4),
    ('foreign-ministry', 5), ('head-of-state', 6), ('government', 7), ('other', 8);

DROP VIEW monthly_pairs;
DROP VIEW monthly_countries;
DROP VIEW occasion_pairs;
DROP VIEW occasion_countries;

CREATE VIEW occasion_countries AS
    SELECT DISTINCT s.country, COALESCE(o.date_start, '') AS day, o.id AS occasion_id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END AS month,
        o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_sides s ON s.event_id = oe.event_id;

CREATE VIEW occasion_pairs AS
    SELECT DISTINCT s.country AS a, t.country AS b, COALESCE(o.date_start, '') AS day, o.id AS occasion_id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END AS month,
        o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_sides s ON s.event_id = oe.event_id
    JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_sides t ON t.event_id = oe2.event_id
    WHERE s.country < t.country;

CREATE VIEW monthly_countries AS
    SELECT country, month, type, status, COUNT(*) AS occasions FROM occasion_countries
    WHERE month IS NOT NULL GROUP BY country, month, type, status;

CREATE VIEW monthly_pairs AS
    SELECT a, b, month, type, status, COUNT(*) AS occasions FROM occasion_pairs
    WHERE month IS NOT NULL GROUP BY a, b, month, type, status;

CREATE VIEW occasion_channels AS
    SELECT DISTINCT ON (o.id) e.channel, COALESCE(o.date_start, '') AS day, o.id AS occasion_id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END AS month,
        o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id JOIN events e ON e.id = oe.event_id
    JOIN channel_ranks r ON r.channel = e.channel
    ORDER BY o.id, r.rank;

CREATE VIEW monthly_channels AS
    SELECT channel, month, type, status, COUNT(*) AS occasions FROM occasion_channels
    WHERE month IS NOT NULL GROUP BY channel, month, type, status;
