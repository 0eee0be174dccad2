-- Parley schema, version 105: what the pair page counts, kept by triggers as 101 keeps its counts, so that a busy
-- pair (tens of thousands of occasions) is read in a few rows: occasions per pair, month and channel, and per pair
-- and actor. An occasion counts for a pair and channel while it has both the pair row and the channel row, and for
-- a pair and actor while it has both the pair row and the actor row: each trigger below adds or takes away the
-- occasion's counts with the rows of the other kind that exist when it runs, so the counts agree whatever order
-- the rows come and go in.

CREATE TABLE monthly_pair_channels (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    month     TEXT NOT NULL,
    channel   TEXT NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (a, b, month, channel)
) WITHOUT ROWID;

CREATE TABLE pair_actors (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    actor_id  INTEGER NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (a, b, actor_id)
) WITHOUT ROWID;
CREATE INDEX pair_actors_busiest ON pair_actors (a, b, occasions DESC);

CREATE TRIGGER occasion_pairs_channel_insert AFTER INSERT ON occasion_pairs WHEN new.month IS NOT NULL BEGIN
    INSERT INTO monthly_pair_channels (a, b, month, channel, occasions)
        SELECT new.a, new.b, new.month, h.channel, 1 FROM occasion_channels h WHERE h.occasion_id = new.occasion_id
        ON CONFLICT (a, b, month, channel) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_pairs_channel_delete AFTER DELETE ON occasion_pairs WHEN old.month IS NOT NULL BEGIN
    UPDATE monthly_pair_channels SET occasions = occasions - 1
        WHERE a = old.a AND b = old.b AND month = old.month
          AND channel IN (SELECT h.channel FROM occasion_channels h WHERE h.occasion_id = old.occasion_id);
END;

CREATE TRIGGER occasion_pairs_channel_update AFTER UPDATE OF month ON occasion_pairs
    WHEN old.month IS NOT new.month BEGIN
    UPDATE monthly_pair_channels SET occasions = occasions - 1
        WHERE a = old.a AND b = old.b AND month = old.month
          AND channel IN (SELECT h.channel FROM occasion_channels h WHERE h.occasion_id = old.occasion_id);
    INSERT INTO monthly_pair_channels (a, b, month, channel, occasions)
        SELECT new.a, new.b, new.month, h.channel, 1 FROM occasion_channels h
        WHERE h.occasion_id = new.occasion_id AND new.month IS NOT NULL
        ON CONFLICT (a, b, month, channel) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_channels_pair_insert AFTER INSERT ON occasion_channels BEGIN
    INSERT INTO monthly_pair_channels (a, b, month, channel, occasions)
        SELECT k.a, k.b, k.month, new.channel, 1 FROM occasion_pairs k
        WHERE k.occasion_id = new.occasion_id AND k.month IS NOT NULL
        ON CONFLICT (a, b, month, channel) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_channels_pair_delete AFTER DELETE ON occasion_channels BEGIN
    UPDATE monthly_pair_channels SET occasions = occasions - 1
        WHERE channel = old.channel AND (a, b, month) IN
            (SELECT k.a, k.b, k.month FROM occasion_pairs k WHERE k.occasion_id = old.occasion_id AND k.month IS NOT NULL);
END;

CREATE TRIGGER occasion_pairs_actor_insert AFTER INSERT ON occasion_pairs BEGIN
    INSERT INTO pair_actors (a, b, actor_id, occasions)
        SELECT new.a, new.b, x.actor_id, 1 FROM occasion_actors x WHERE x.occasion_id = new.occasion_id
        ON CONFLICT (a, b, actor_id) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_pairs_actor_delete AFTER DELETE ON occasion_pairs BEGIN
    UPDATE pair_actors SET occasions = occasions - 1
        WHERE a = old.a AND b = old.b
          AND actor_id IN (SELECT x.actor_id FROM occasion_actors x WHERE x.occasion_id = old.occasion_id);
END;

CREATE TRIGGER occasion_actors_pair_insert AFTER INSERT ON occasion_actors BEGIN
    INSERT INTO pair_actors (a, b, actor_id, occasions)
        SELECT k.a, k.b, new.actor_id, 1 FROM occasion_pairs k WHERE k.occasion_id = new.occasion_id
        ON CONFLICT (a, b, actor_id) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_actors_pair_delete AFTER DELETE ON occasion_actors BEGIN
    UPDATE pair_actors SET occasions = occasions - 1
        WHERE actor_id = old.actor_id
          AND (a, b) IN (SELECT k.a, k.b FROM occasion_pairs k WHERE k.occasion_id = old.occasion_id);
END;

-- Databases that already hold occasions: count once.
INSERT INTO monthly_pair_channels (a, b, month, channel, occasions)
    SELECT k.a, k.b, k.month, h.channel, COUNT(*) FROM occasion_pairs k
    JOIN occasion_channels h ON h.occasion_id = k.occasion_id
    WHERE k.month IS NOT NULL GROUP BY k.a, k.b, k.month, h.channel;
INSERT INTO pair_actors (a, b, actor_id, occasions)
    SELECT k.a, k.b, x.actor_id, COUNT(*) FROM occasion_pairs k
    JOIN occasion_actors x ON x.occasion_id = k.occasion_id GROUP BY k.a, k.b, x.actor_id;
