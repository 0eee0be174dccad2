-- Parley schema, version 101, PostgreSQL dialect: the twin of sqlite/101-desk-occasions.sql. The desk's
-- read model keyed on occasions and knowledge-base actors, under the same names and columns as in SQLite,
-- so that the read model's SQL is shared. Here they are views (plain joins and GROUP BYs over 002's
-- tables), not tables kept by triggers:
--  * several ingest processes write at once; counters kept by triggers (actor_counts, monthly_types) are a
--    few hot rows every writer updates, which serialises writers on row locks and invites deadlocks
--    between the article rows they insert in parallel and the counters. Views add nothing to a write.
--  * PostgreSQL pushes a view's filters (actor, country, pair, month, type, status) into its joins and
--    aggregates and runs them on several cores, which is fast enough for a team's database of news.
-- day is the occasion's date_start, '' when unknown. month is 'YYYY-MM', or NULL when the occasion is
-- undated or dated only to a year (it is then left out of the monthly counts rather than put in January).

-- Timeline walks without a participant filter: newest first, by type or not (as in SQLite).
CREATE INDEX occasions_day ON occasions ((COALESCE(date_start, '')), id);
CREATE INDEX occasions_type_day ON occasions (type, (COALESCE(date_start, '')), id);
-- The participants of one source, by event: how a view goes from an occasion to its actors and sides.
CREATE INDEX event_participants_event_actor ON event_participants (event_id, actor_id);

-- Who took part (knowledge-base actors of every source): the actor filter and the actor page.
CREATE VIEW occasion_actors AS
    SELECT DISTINCT p.actor_id, COALESCE(o.date_start, '') AS day, o.id AS occasion_id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END AS month,
        o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_participants p ON p.event_id = oe.event_id
    WHERE p.actor_id IS NOT NULL;

-- The sides of an occasion: the country filter.
CREATE VIEW occasion_countries AS
    SELECT DISTINCT p.country, COALESCE(o.date_start, '') AS day, o.id AS occasion_id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END AS month,
        o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_participants p ON p.event_id = oe.event_id
    WHERE p.country IS NOT NULL;

-- Pairs of sides, a < b, from any two sources of the occasion: the pair filter.
CREATE VIEW occasion_pairs AS
    SELECT DISTINCT p.country AS a, q.country AS b, COALESCE(o.date_start, '') AS day, o.id AS occasion_id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END AS month,
        o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_participants p ON p.event_id = oe.event_id
    JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_participants q ON q.event_id = oe2.event_id
    WHERE p.country < q.country;

-- Occasions per month, type and status: the chart, unfiltered or by type, status and period.
CREATE VIEW monthly_types AS
    SELECT substr(date_start, 1, 7) AS month, type, status, COUNT(*) AS occasions FROM occasions
    WHERE date_precision IN ('day', 'month') GROUP BY 1, 2, 3;

-- The same by side: the chart for one country.
CREATE VIEW monthly_countries AS
    SELECT country, month, type, status, COUNT(*) AS occasions FROM occasion_countries
    WHERE month IS NOT NULL GROUP BY country, month, type, status;

-- The same by pair of sides: the chart's lines of the busiest pairs, and the chart for one pair.
CREATE VIEW monthly_pairs AS
    SELECT a, b, month, type, status, COUNT(*) AS occasions FROM occasion_pairs
    WHERE month IS NOT NULL GROUP BY a, b, month, type, status;

-- Occasions per actor: the actor list, most active first.
CREATE VIEW actor_counts AS
    SELECT actor_id, COUNT(*) AS occasions FROM occasion_actors GROUP BY actor_id;

-- Occasions two actors shared, both ways round: an actor's counterparts.
CREATE VIEW actor_pairs AS
    SELECT x.actor_id, y.actor_id AS other_id, COUNT(*) AS occasions
    FROM occasion_actors x JOIN occasion_actors y ON y.occasion_id = x.occasion_id AND y.actor_id <> x.actor_id
    GROUP BY x.actor_id, y.actor_id;
