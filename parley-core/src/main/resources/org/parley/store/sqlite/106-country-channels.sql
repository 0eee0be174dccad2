-- Parley schema, version 106: occasions per side, month, type, status and channel, kept by triggers as 105 keeps the
-- pair's, so that the chart by channel for one country reads a few hundred rows, not the country's occasions. An
-- occasion counts while it has both the side's row and the channel row (see 105 for why the order of changes
-- does not matter).

CREATE TABLE monthly_country_channels (
    country   TEXT NOT NULL,
    month     TEXT NOT NULL,
    type      TEXT NOT NULL,
    status    TEXT NOT NULL,
    channel   TEXT NOT NULL,
    occasions INTEGER NOT NULL,
    PRIMARY KEY (country, month, type, status, channel)
) WITHOUT ROWID;

CREATE TRIGGER occasion_countries_channel_insert AFTER INSERT ON occasion_countries WHEN new.month IS NOT NULL BEGIN
    INSERT INTO monthly_country_channels (country, month, type, status, channel, occasions)
        SELECT new.country, new.month, new.type, new.status, h.channel, 1 FROM occasion_channels h
        WHERE h.occasion_id = new.occasion_id
        ON CONFLICT (country, month, type, status, channel) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_countries_channel_delete AFTER DELETE ON occasion_countries WHEN old.month IS NOT NULL BEGIN
    UPDATE monthly_country_channels SET occasions = occasions - 1
        WHERE country = old.country AND month = old.month AND type = old.type AND status = old.status
          AND channel IN (SELECT h.channel FROM occasion_channels h WHERE h.occasion_id = old.occasion_id);
END;

CREATE TRIGGER occasion_countries_channel_update AFTER UPDATE OF month, type, status ON occasion_countries BEGIN
    UPDATE monthly_country_channels SET occasions = occasions - 1
        WHERE country = old.country AND month = old.month AND type = old.type AND status = old.status
          AND channel IN (SELECT h.channel FROM occasion_channels h WHERE h.occasion_id = old.occasion_id);
    INSERT INTO monthly_country_channels (country, month, type, status, channel, occasions)
        SELECT new.country, new.month, new.type, new.status, h.channel, 1 FROM occasion_channels h
        WHERE h.occasion_id = new.occasion_id AND new.month IS NOT NULL
        ON CONFLICT (country, month, type, status, channel) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_channels_country_insert AFTER INSERT ON occasion_channels BEGIN
    INSERT INTO monthly_country_channels (country, month, type, status, channel, occasions)
        SELECT k.country, k.month, k.type, k.status, new.channel, 1 FROM occasion_countries k
        WHERE k.occasion_id = new.occasion_id AND k.month IS NOT NULL
        ON CONFLICT (country, month, type, status, channel) DO UPDATE SET occasions = occasions + 1;
END;

CREATE TRIGGER occasion_channels_country_delete AFTER DELETE ON occasion_channels BEGIN
    UPDATE monthly_country_channels SET occasions = occasions - 1
        WHERE channel = old.channel AND (country, month, type, status) IN
            (SELECT k.country, k.month, k.type, k.status FROM occasion_countries k
             WHERE k.occasion_id = old.occasion_id AND k.month IS NOT NULL);
END;

INSERT INTO monthly_country_channels (country, month, type, status, channel, occasions)
    SELECT k.country, k.month, k.type, k.status, h.channel, COUNT(*) FROM occasion_countries k
    JOIN occasion_channels h ON h.occasion_id = k.occasion_id
    WHERE k.month IS NOT NULL GROUP BY k.country, k.month, k.type, k.status, h.channel;
