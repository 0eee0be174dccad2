-- Parley schema, version 101: the desk's read model keyed on occasions (one row per real occasion,
-- however many articles report it, see 002) and on knowledge-base actors, with the counts the desk
-- shows kept by triggers, so that no request counts a million rows. Replaces the per-article keys of
-- 100 (event_actors, event_countries, event_pairs, event_days); its search indexes stay.
-- As in 100, everything here is derived and kept in step by triggers: writers need not know it.
-- day is the occasion's date_start, '' when unknown. month is 'YYYY-MM', or NULL when the occasion is
-- undated or dated only to a year (it is then left out of the monthly counts rather than put in January).
-- The key rows carry the occasion's type, status and month, so that a filtered walk never reads the
-- occasion row and the summaries below can be kept from the key rows alone (old and new values at hand).

DROP TRIGGER event_participants_read_insert;
DROP TRIGGER event_participants_read_delete;
DROP TRIGGER event_participants_read_update;
DROP TRIGGER events_day_update;
DROP TRIGGER events_search_insert;
DROP TRIGGER events_read_delete;
DROP TABLE event_actors;
DROP TABLE event_countries;
DROP TABLE event_pairs;
DROP TABLE event_days;
DROP INDEX events_day;
DROP INDEX events_type_day;

CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO evidence_search (rowid, evidence) VALUES (new.id, new.evidence);
END;

CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    INSERT INTO evidence_search (evidence_search, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;

-- Timeline walks without a participant filter: newest first, by type or not.
CREATE INDEX occasions_day ON occasions (COALESCE(date_start, ''), id);
CREATE INDEX occasions_type_day ON occasions (type, COALESCE(date_start, ''), id);

-- Who took part (knowledge-base actors of every source): the actor filter and the actor page.
CREATE TABLE occasion_actors (
    actor_id    INTEGER NOT NULL,
    day         TEXT NOT NULL,
    occasion_id INTEGER NOT NULL,
    month       TEXT,
    type        TEXT NOT NULL,
    status      TEXT NOT NULL,
    PRIMARY KEY (actor_id, day, occasion_id)
) WITHOUT ROWID;
CREATE INDEX occasion_actors_occasion ON occasion_actors (occasion_id, actor_id);

-- The sides of an occasion: the country filter.
CREATE TABLE occasion_countries (
    country     TEXT NOT NULL,
    day         TEXT NOT NULL,
    occasion_id INTEGER NOT NULL,
    month       TEXT,
    type        TEXT NOT NULL,
    status      TEXT NOT NULL,
    PRIMARY KEY (country, day, occasion_id)
) WITHOUT ROWID;
CREATE INDEX occasion_countries_occasion ON occasion_countries (occasion_id, country);

-- Pairs of sides, a < b: the pair filter.
CREATE TABLE occasion_pairs (
    a           TEXT NOT NULL,
    b           TEXT NOT NULL,
    day         TEXT NOT NULL,
    occasion_id INTEGER NOT NULL,
    month       TEXT,
    type        TEXT NOT NULL,
    status      TEXT NOT NULL,
    PRIMARY KEY (a, b, day, occasion_id)
) WITHOUT ROWID;
CREATE INDEX occasion_pairs_occasion ON occasion_pairs (occasion_id, a, b);

-- Occasions per month, type and status: the chart, unfiltered or by type, status and period.
CREATE TABLE monthly_types (
    month     TEXT NOT NULL,
    type      TEXT NOT NULL,
    status    TEXT NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (month, type, status)
) WITHOUT ROWID;

-- The same by side: the chart for one country.
CREATE TABLE monthly_countries (
    country   TEXT NOT NULL,
    month     TEXT NOT NULL,
    type      TEXT NOT NULL,
    status    TEXT NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (country, month, type, status)
) WITHOUT ROWID;

-- The same by pair of sides: the chart's lines of the busiest pairs, and the chart for one pair.
CREATE TABLE monthly_pairs (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    month     TEXT NOT NULL,
    type      TEXT NOT NULL,
    status    TEXT NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (a, b, month, type, status)
) WITHOUT ROWID;
-- A country's pairs are those with it on either side.
CREATE INDEX monthly_pairs_b ON monthly_pairs (b, a, month);

-- Occasions per actor: the actor list, most active first, without counting.
CREATE TABLE actor_counts (
    actor_id  INTEGER PRIMARY KEY,
    occasions INTEGER NOT NULL
);
CREATE INDEX actor_counts_busiest ON actor_counts (occasions DESC, actor_id);

-- Occasions two actors shared, both ways round: an actor's counterparts without a join over its occasions.
CREATE TABLE actor_pairs (
    actor_id  INTEGER NOT NULL,
    other_id  INTEGER NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (actor_id, other_id)
) WITHOUT ROWID;

-- The counts follow the key rows. A DELETE removes rows one at a time, each trigger run in between, so an
-- actor pair is counted down once, by whichever of the two goes first.
CREATE TRIGGER occasion_actors_count_insert AFTER INSERT ON occasion_actors BEGIN
    INSERT INTO actor_counts (actor_id, occasions) VALUES (new.actor_id, 1)
        ON CONFLICT (actor_id) DO UPDATE SET occasions = occasions + 1;
    INSERT INTO actor_pairs (actor_id, other_id, occasions)
        SELECT new.actor_id, x.actor_id, 1 FROM occasion_actors x
        WHERE x.occasion_id = new.occasion_id AND x.actor_id <> new.actor_id
        ON CONFLICT (actor_id, other_id) DO UPDATE SET occasions = occasions + 1;
    INSERT INTO actor_pairs (actor_id, other_id, occasions)
        SELECT x.actor_id, new.actor_id, 1 FROM occasion_actors x
        WHERE x.occasion_id = new.occasion_id AND x.actor_id <> new.actor_id
        ON CONFLICT (actor_id, other_id) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_actors_count_delete AFTER DELETE ON occasion_actors BEGIN
    UPDATE actor_counts SET occasions = occasions - 1 WHERE actor_id = old.actor_id;
    DELETE FROM actor_counts WHERE actor_id = old.actor_id AND occasions <= 0;
    UPDATE actor_pairs SET occasions = occasions - 1 WHERE actor_id = old.actor_id AND other_id IN
        (SELECT x.actor_id FROM occasion_actors x WHERE x.occasion_id = old.occasion_id AND x.actor_id <> old.actor_id);
    UPDATE actor_pairs SET occasions = occasions - 1 WHERE other_id = old.actor_id AND actor_id IN
        (SELECT x.actor_id FROM occasion_actors x WHERE x.occasion_id = old.occasion_id AND x.actor_id <> old.actor_id);
    DELETE FROM actor_pairs WHERE actor_id = old.actor_id AND occasions <= 0;
    DELETE FROM actor_pairs WHERE other_id = old.actor_id AND occasions <= 0 AND actor_id IN
        (SELECT x.actor_id FROM occasion_actors x WHERE x.occasion_id = old.occasion_id);
END;

CREATE TRIGGER occasion_countries_count_insert AFTER INSERT ON occasion_countries WHEN new.month IS NOT NULL BEGIN
    INSERT INTO monthly_countries (country, month, type, status, occasions)
        VALUES (new.country, new.month, new.type, new.status, 1)
        ON CONFLICT (country, month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_countries_count_delete AFTER DELETE ON occasion_countries WHEN old.month IS NOT NULL BEGIN
    UPDATE monthly_countries SET occasions = occasions - 1
        WHERE country = old.country AND month = old.month AND type = old.type AND status = old.status;
END;

CREATE TRIGGER occasion_countries_count_update AFTER UPDATE OF month, type, status ON occasion_countries BEGIN
    UPDATE monthly_countries SET occasions = occasions - 1
        WHERE country = old.country AND month = old.month AND type = old.type AND status = old.status;
    INSERT INTO monthly_countries (country, month, type, status, occasions)
        SELECT new.country, new.month, new.type, new.status, 1 WHERE new.month IS NOT NULL
        ON CONFLICT (country, month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_pairs_count_insert AFTER INSERT ON occasion_pairs WHEN new.month IS NOT NULL BEGIN
    INSERT INTO monthly_pairs (a, b, month, type, status, occasions)
        VALUES (new.a, new.b, new.month, new.type, new.status, 1)
        ON CONFLICT (a, b, month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_pairs_count_delete AFTER DELETE ON occasion_pairs WHEN old.month IS NOT NULL BEGIN
    UPDATE monthly_pairs SET occasions = occasions - 1
        WHERE a = old.a AND b = old.b AND month = old.month AND type = old.type AND status = old.status;
END;

CREATE TRIGGER occasion_pairs_count_update AFTER UPDATE OF month, type, status ON occasion_pairs BEGIN
    UPDATE monthly_pairs SET occasions = occasions - 1
        WHERE a = old.a AND b = old.b AND month = old.month AND type = old.type AND status = old.status;
    INSERT INTO monthly_pairs (a, b, month, type, status, occasions)
        SELECT new.a, new.b, new.month, new.type, new.status, 1 WHERE new.month IS NOT NULL
        ON CONFLICT (a, b, month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

-- Databases that already hold occasions: derive the keys once (the triggers above count them).
INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
    SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_participants p ON p.event_id = oe.event_id WHERE p.actor_id IS NOT NULL;
INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
    SELECT DISTINCT p.country, COALESCE(o.date_start, ''), o.id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_participants p ON p.event_id = oe.event_id WHERE p.country IS NOT NULL;
INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
    SELECT DISTINCT p.country, q.country, COALESCE(o.date_start, ''), o.id,
        CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
    FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
    JOIN event_participants p ON p.event_id = oe.event_id
    JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_participants q ON q.event_id = oe2.event_id
    WHERE p.country < q.country;
INSERT INTO monthly_types (month, type, status, occasions)
    SELECT substr(date_start, 1, 7), type, status, COUNT(*) FROM occasions
    WHERE date_precision IN ('day', 'month') GROUP BY 1, 2, 3;

-- From here on the occasion row and its sources keep everything above in step.
CREATE TRIGGER occasions_desk_insert AFTER INSERT ON occasions WHEN new.date_precision IN ('day', 'month') BEGIN
    INSERT INTO monthly_types (month, type, status, occasions)
        VALUES (substr(new.date_start, 1, 7), new.type, new.status, 1)
        ON CONFLICT (month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

-- Occasions.summarise rewrites the row after each new source; only a change of these moves the counts.
CREATE TRIGGER occasions_desk_update AFTER UPDATE OF type, status, date_start, date_precision ON occasions
    WHEN old.type IS NOT new.type OR old.status IS NOT new.status OR old.date_start IS NOT new.date_start
        OR old.date_precision IS NOT new.date_precision BEGIN
    UPDATE monthly_types SET occasions = occasions - 1
        WHERE month = substr(old.date_start, 1, 7) AND type = old.type AND status = old.status
          AND old.date_precision IN ('day', 'month');
    INSERT INTO monthly_types (month, type, status, occasions)
        SELECT substr(new.date_start, 1, 7), new.type, new.status, 1 WHERE new.date_precision IN ('day', 'month')
        ON CONFLICT (month, type, status) DO UPDATE SET occasions = occasions + 1;
    UPDATE occasion_actors SET day = COALESCE(new.date_start, ''), type = new.type, status = new.status,
        month = CASE WHEN new.date_precision IN ('day', 'month') THEN substr(new.date_start, 1, 7) END
        WHERE occasion_id = new.id;
    UPDATE occasion_countries SET day = COALESCE(new.date_start, ''), type = new.type, status = new.status,
        month = CASE WHEN new.date_precision IN ('day', 'month') THEN substr(new.date_start, 1, 7) END
        WHERE occasion_id = new.id;
    UPDATE occasion_pairs SET day = COALESCE(new.date_start, ''), type = new.type, status = new.status,
        month = CASE WHEN new.date_precision IN ('day', 'month') THEN substr(new.date_start, 1, 7) END
        WHERE occasion_id = new.id;
END;

CREATE TRIGGER occasions_desk_delete AFTER DELETE ON occasions BEGIN
    UPDATE monthly_types SET occasions = occasions - 1
        WHERE month = substr(old.date_start, 1, 7) AND type = old.type AND status = old.status
          AND old.date_precision IN ('day', 'month');
    DELETE FROM occasion_actors WHERE occasion_id = old.id;
    DELETE FROM occasion_countries WHERE occasion_id = old.id;
    DELETE FROM occasion_pairs WHERE occasion_id = old.id;
END;

-- A source joins an occasion: add what its participants bring (keys already there are kept as they are).
CREATE TRIGGER occasion_events_desk_insert AFTER INSERT ON occasion_events BEGIN
    INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
        SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN event_participants p ON p.event_id = new.event_id
        WHERE o.id = new.occasion_id AND p.actor_id IS NOT NULL;
    INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
        SELECT DISTINCT p.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN event_participants p ON p.event_id = new.event_id
        WHERE o.id = new.occasion_id AND p.country IS NOT NULL;
    INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
        SELECT DISTINCT MIN(p.country, q.country), MAX(p.country, q.country), COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN event_participants p ON p.event_id = new.event_id
        JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_participants q ON q.event_id = oe.event_id
        WHERE o.id = new.occasion_id AND p.country IS NOT NULL AND q.country IS NOT NULL AND p.country <> q.country;
END;

-- A source leaves an occasion, or a participant changes: derive the occasion's keys again from its sources.
-- The same three statements follow for each trigger; SQLite has no procedures to share them.
CREATE TRIGGER occasion_events_desk_delete AFTER DELETE ON occasion_events BEGIN
    DELETE FROM occasion_actors WHERE occasion_id = old.occasion_id;
    DELETE FROM occasion_countries WHERE occasion_id = old.occasion_id;
    DELETE FROM occasion_pairs WHERE occasion_id = old.occasion_id;
    INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
        SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
        JOIN event_participants p ON p.event_id = oe.event_id
        WHERE o.id = old.occasion_id AND p.actor_id IS NOT NULL;
    INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
        SELECT DISTINCT p.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
        JOIN event_participants p ON p.event_id = oe.event_id
        WHERE o.id = old.occasion_id AND p.country IS NOT NULL;
    INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
        SELECT DISTINCT p.country, q.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
        JOIN event_participants p ON p.event_id = oe.event_id
        JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_participants q ON q.event_id = oe2.event_id
        WHERE o.id = old.occasion_id AND p.country < q.country;
END;

CREATE TRIGGER event_participants_desk_change AFTER UPDATE OF actor_id, country ON event_participants
    WHEN old.actor_id IS NOT new.actor_id OR old.country IS NOT new.country BEGIN
    DELETE FROM occasion_actors WHERE occasion_id = (SELECT occasion_id FROM occasion_events WHERE event_id = new.event_id);
    DELETE FROM occasion_countries WHERE occasion_id = (SELECT occasion_id FROM occasion_events WHERE event_id = new.event_id);
    DELETE FROM occasion_pairs WHERE occasion_id = (SELECT occasion_id FROM occasion_events WHERE event_id = new.event_id);
    INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
        SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasion_events mine JOIN occasions o ON o.id = mine.occasion_id
        JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_participants p ON p.event_id = oe.event_id
        WHERE mine.event_id = new.event_id AND p.actor_id IS NOT NULL;
    INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
        SELECT DISTINCT p.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasion_events mine JOIN occasions o ON o.id = mine.occasion_id
        JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_participants p ON p.event_id = oe.event_id
        WHERE mine.event_id = new.event_id AND p.country IS NOT NULL;
    INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
        SELECT DISTINCT p.country, q.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasion_events mine JOIN occasions o ON o.id = mine.occasion_id
        JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_participants p ON p.event_id = oe.event_id
        JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_participants q ON q.event_id = oe2.event_id
        WHERE mine.event_id = new.event_id AND p.country < q.country;
END;
