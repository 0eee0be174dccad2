-- Parley schema, version 103: the occasions' sides and channels derived once from what 102 and its backfill
-- (SidesBackfill) stored; from here on the triggers of 102 keep them. The count triggers of 101 and 102 follow.

DELETE FROM occasion_countries;
DELETE FROM occasion_pairs;
INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
    SELECT DISTINCT s.country, COALESCE(o.date_start, ''), o.id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_sides s ON s.event_id = oe.event_id;
INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
    SELECT DISTINCT s.country, t.country, COALESCE(o.date_start, ''), o.id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_sides s ON s.event_id = oe.event_id
    JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_sides t ON t.event_id = oe2.event_id
    WHERE s.country < t.country;
INSERT INTO occasion_channels (channel, day, occasion_id, month, type, status)
    SELECT b.channel, COALESCE(o.date_start, ''), o.id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
    FROM occasions o JOIN (
        SELECT oe.occasion_id, e.channel, ROW_NUMBER() OVER (PARTITION BY oe.occasion_id ORDER BY r.rank) AS n
        FROM occasion_events oe JOIN events e ON e.id = oe.event_id JOIN channel_ranks r ON r.channel = e.channel
    ) b ON b.occasion_id = o.id AND b.n = 1;
