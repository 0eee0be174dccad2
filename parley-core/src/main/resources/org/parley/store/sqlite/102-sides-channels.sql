-- Parley schema, version 102: the sides of each exchange as data of their own, and the channel it runs through.
-- * event_sides: the countries of one reported exchange, whether or not a person is named for them ("Russia and
--   China signed a roadmap" has two sides and no participant). Written with the event (ExtractionWriter); for
--   events stored before, filled once by SidesBackfill. From here on the occasion's sides (occasion_countries,
--   occasion_pairs of 101) are derived from event_sides, no longer from the participants.
-- * events.channel: the channel of one report ("parliament", "head-of-state", ...; org.parley.model.Channel),
--   from its participants' offices and its standing body. An occasion's channel is the first, in channel_ranks'
--   order, of its sources' channels: one per occasion, so counts by channel add up to the occasions.
-- * occasion_channels and monthly_channels: the channel filter and the chart by channel, kept like 101's keys.
-- Nothing writes event_participants.country after the insert, so the participants' trigger now keeps actors only.

ALTER TABLE events ADD COLUMN channel TEXT;

CREATE TABLE event_sides (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country  TEXT NOT NULL,
    position INTEGER NOT NULL,
    named    INTEGER NOT NULL,
    PRIMARY KEY (event_id, country)
) WITHOUT ROWID;

-- SQLite enforces no foreign keys here: an event's sides go with it by trigger.
CREATE TRIGGER events_sides_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_sides WHERE event_id = old.id;
END;

CREATE TABLE channel_ranks (
    channel TEXT PRIMARY KEY,
    rank    INTEGER NOT NULL
);
INSERT INTO channel_ranks (channel, rank) VALUES ('party', 1), ('parliament', 2), ('defence', 3), ('regional', 4),
    ('foreign-ministry', 5), ('head-of-state', 6), ('government', 7), ('other', 8);

-- The channel of an occasion: the channel filter.
CREATE TABLE occasion_channels (
    channel     TEXT NOT NULL,
    day         TEXT NOT NULL,
    occasion_id INTEGER NOT NULL,
    month       TEXT,
    type        TEXT NOT NULL,
    status      TEXT NOT NULL,
    PRIMARY KEY (channel, day, occasion_id)
) WITHOUT ROWID;
CREATE INDEX occasion_channels_occasion ON occasion_channels (occasion_id, channel);

-- Occasions per channel and month: the chart by channel.
CREATE TABLE monthly_channels (
    channel   TEXT NOT NULL,
    month     TEXT NOT NULL,
    type      TEXT NOT NULL,
    status    TEXT NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (channel, month, type, status)
) WITHOUT ROWID;

CREATE TRIGGER occasion_channels_count_insert AFTER INSERT ON occasion_channels WHEN new.month IS NOT NULL BEGIN
    INSERT INTO monthly_channels (channel, month, type, status, occasions)
        VALUES (new.channel, new.month, new.type, new.status, 1)
        ON CONFLICT (channel, month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_channels_count_delete AFTER DELETE ON occasion_channels WHEN old.month IS NOT NULL BEGIN
    UPDATE monthly_channels SET occasions = occasions - 1
        WHERE channel = old.channel AND month = old.month AND type = old.type AND status = old.status;
END;

CREATE TRIGGER occasion_channels_count_update AFTER UPDATE OF month, type, status ON occasion_channels BEGIN
    UPDATE monthly_channels SET occasions = occasions - 1
        WHERE channel = old.channel AND month = old.month AND type = old.type AND status = old.status;
    INSERT INTO monthly_channels (channel, month, type, status, occasions)
        SELECT new.channel, new.month, new.type, new.status, 1 WHERE new.month IS NOT NULL
        ON CONFLICT (channel, month, type, status) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasions_channel_update AFTER UPDATE OF type, status, date_start, date_precision ON occasions
    WHEN old.type IS NOT new.type OR old.status IS NOT new.status OR old.date_start IS NOT new.date_start
        OR old.date_precision IS NOT new.date_precision BEGIN
    UPDATE occasion_channels SET day = COALESCE(new.date_start, ''), type = new.type, status = new.status,
        month = CASE WHEN new.date_precision IN ('day', 'month') THEN substr(new.date_start, 1, 7) END
        WHERE occasion_id = new.id;
END;

CREATE TRIGGER occasions_channel_delete AFTER DELETE ON occasions BEGIN
    DELETE FROM occasion_channels WHERE occasion_id = old.id;
END;

DROP TRIGGER occasion_events_desk_insert;
DROP TRIGGER occasion_events_desk_delete;
DROP TRIGGER event_participants_desk_change;

-- A source joins an occasion: add the actors and sides it brings; the occasion's channel is chosen again.
CREATE TRIGGER occasion_events_desk_insert AFTER INSERT ON occasion_events BEGIN
    INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
        SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN event_participants p ON p.event_id = new.event_id
        WHERE o.id = new.occasion_id AND p.actor_id IS NOT NULL;
    INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
        SELECT DISTINCT s.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN event_sides s ON s.event_id = new.event_id
        WHERE o.id = new.occasion_id;
    INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
        SELECT DISTINCT MIN(s.country, t.country), MAX(s.country, t.country), COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN event_sides s ON s.event_id = new.event_id
        JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_sides t ON t.event_id = oe.event_id
        WHERE o.id = new.occasion_id AND s.country <> t.country;
    DELETE FROM occasion_channels WHERE occasion_id = new.occasion_id;
    INSERT INTO occasion_channels (channel, day, occasion_id, month, type, status)
        SELECT e.channel, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id JOIN events e ON e.id = oe.event_id
        JOIN channel_ranks r ON r.channel = e.channel
        WHERE o.id = new.occasion_id ORDER BY r.rank LIMIT 1;
END;

-- A source leaves an occasion: derive the occasion's keys again from the sources left.
CREATE TRIGGER occasion_events_desk_delete AFTER DELETE ON occasion_events BEGIN
    DELETE FROM occasion_actors WHERE occasion_id = old.occasion_id;
    DELETE FROM occasion_countries WHERE occasion_id = old.occasion_id;
    DELETE FROM occasion_pairs WHERE occasion_id = old.occasion_id;
    DELETE FROM occasion_channels WHERE occasion_id = old.occasion_id;
    INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
        SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
        JOIN event_participants p ON p.event_id = oe.event_id
        WHERE o.id = old.occasion_id AND p.actor_id IS NOT NULL;
    INSERT OR IGNORE INTO occasion_countries (country, day, occasion_id, month, type, status)
        SELECT DISTINCT s.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
        JOIN event_sides s ON s.event_id = oe.event_id
        WHERE o.id = old.occasion_id;
    INSERT OR IGNORE INTO occasion_pairs (a, b, day, occasion_id, month, type, status)
        SELECT DISTINCT s.country, t.country, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id
        JOIN event_sides s ON s.event_id = oe.event_id
        JOIN occasion_events oe2 ON oe2.occasion_id = o.id JOIN event_sides t ON t.event_id = oe2.event_id
        WHERE o.id = old.occasion_id AND s.country < t.country;
    INSERT INTO occasion_channels (channel, day, occasion_id, month, type, status)
        SELECT e.channel, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id JOIN events e ON e.id = oe.event_id
        JOIN channel_ranks r ON r.channel = e.channel
        WHERE o.id = old.occasion_id ORDER BY r.rank LIMIT 1;
END;

-- A participant resolved to another actor: derive the occasion's actors again.
CREATE TRIGGER event_participants_desk_change AFTER UPDATE OF actor_id ON event_participants
    WHEN old.actor_id IS NOT new.actor_id BEGIN
    DELETE FROM occasion_actors WHERE occasion_id = (SELECT occasion_id FROM occasion_events WHERE event_id = new.event_id);
    INSERT OR IGNORE INTO occasion_actors (actor_id, day, occasion_id, month, type, status)
        SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id,
            CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END, o.type, o.status
        FROM occasion_events mine JOIN occasions o ON o.id = mine.occasion_id
        JOIN occasion_events oe ON oe.occasion_id = o.id JOIN event_participants p ON p.event_id = oe.event_id
        WHERE mine.event_id = new.event_id AND p.actor_id IS NOT NULL;
END;

-- The occasions the monthly chart leaves out (undated, or dated only to a year), counted without a walk.
CREATE INDEX occasions_monthless ON occasions (type, status) WHERE date_precision IS NULL OR date_precision = 'year';
CREATE INDEX occasion_countries_monthless ON occasion_countries (country) WHERE month IS NULL;
CREATE INDEX occasion_pairs_monthless ON occasion_pairs (a, b) WHERE month IS NULL;
