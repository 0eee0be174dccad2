-- Parley schema, version 106, PostgreSQL dialect: the twin of sqlite/106-country-channels.sql, as a view.

CREATE VIEW monthly_country_channels AS
    SELECT k.country, k.month, k.type, k.status, h.channel, COUNT(*) AS occasions FROM occasion_countries k
    JOIN occasion_channels h ON h.occasion_id = k.occasion_id
    WHERE k.month IS NOT NULL GROUP BY k.country, k.month, k.type, k.status, h.channel;
