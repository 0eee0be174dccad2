-- Parley schema, version 105, PostgreSQL dialect: the twin of sqlite/105-pair-summaries.sql, as views (see 101 for
-- why PostgreSQL keeps no trigger-kept counters): occasions per pair, month and channel, and per pair and actor.

CREATE VIEW monthly_pair_channels AS
    SELECT k.a, k.b, k.month, h.channel, COUNT(*) AS occasions FROM occasion_pairs k
    JOIN occasion_channels h ON h.occasion_id = k.occasion_id
    WHERE k.month IS NOT NULL GROUP BY k.a, k.b, k.month, h.channel;

CREATE VIEW pair_actors AS
    SELECT k.a, k.b, x.actor_id, COUNT(*) AS occasions FROM occasion_pairs k
    JOIN occasion_actors x ON x.occasion_id = k.occasion_id GROUP BY k.a, k.b, x.actor_id;
