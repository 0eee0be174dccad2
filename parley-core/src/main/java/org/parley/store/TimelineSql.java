package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.read.EventCursor;
import org.parley.store.read.EventFilter;

/**
 * The SQL of a filtered walk over the timeline of occasions, newest first, shared by SQLite and PostgreSQL
 * (where the keys are views, postgresql/101; text search is the {@link SqlDialect}'s). One table drives the
 * walk: the most selective of the read model's keys (101-desk-occasions.sql) that are ordered by day, so a
 * page is read off an index without sorting; every other filter is checked per row. The key rows carry
 * the occasion's type, status and month, so the occasion row is read only when the walk is over occasions
 * itself. Undated occasions have day ''.
 */
final class TimelineSql {

    /** Text matches up to this many are read and sorted by day. */
    private static final int FEW_TEXT_MATCHES = 20_000;
    /**
     * Up to this many, the matches are collected once and each row walked by day is looked up among them;
     * beyond, the words are so common that checking each walked row against the index is cheaper, as few
     * rows are walked before a page is full. (Measured on a million events: both cost the same near here.)
     */
    private static final int COMMON_TEXT_MATCHES = 50_000;

    /** The month an occasion is counted in, from its row {@code o}; NULL when undated or dated to a year. */
    static final String OCCASION_MONTH = "CASE WHEN o.date_precision IN ('day', 'month')"
            + " THEN substr(o.date_start, 1, 7) END";

    private enum Driver { TEXT, ACTOR, PAIR, COUNTRY, CHANNEL, OCCASIONS }

    /** How the words are checked when they do not drive the walk. */
    private enum TextCheck { NONE, MATCH_SET, EACH_ROW }

    private final SqlDialect dialect;
    private final EventFilter filter;
    private final Long actorId;
    private final Driver driver;
    private final String fts;
    private final TextCheck textCheck;

    private TimelineSql(SqlDialect dialect, EventFilter filter, Long actorId, Driver driver, String fts,
            TextCheck textCheck) {
        this.dialect = dialect;
        this.filter = filter;
        this.actorId = actorId;
        this.driver = driver;
        this.fts = fts;
        this.textCheck = textCheck;
    }

    /**
     * Chooses the driving table; a text filter costs one capped count of its matches, an actor filter given
     * by name one lookup (an unknown name matches nothing).
     */
    static TimelineSql plan(Connection c, EventFilter filter) throws SQLException {
        Long actorId = filter.actor() == null ? null : new ActorLookup(c).find(filter.actor()).orElse(-1L);
        SqlDialect dialect = SqlDialect.of(c);
        String fts = filter.text() == null ? null : dialect.textQuery(filter.text());
        int matches = fts == null ? 0 : matches(c, dialect, fts);
        TextCheck textCheck = fts == null || matches <= FEW_TEXT_MATCHES ? TextCheck.NONE
                : matches <= COMMON_TEXT_MATCHES ? TextCheck.MATCH_SET : TextCheck.EACH_ROW;
        Driver driver;
        if (actorId != null && actorId < 0) {
            driver = Driver.ACTOR; // nobody by that name: the walk over its (no) rows ends at once
        } else if (fts != null && textCheck == TextCheck.NONE) {
            driver = Driver.TEXT;
        } else if (actorId != null) {
            driver = Driver.ACTOR;
        } else if (filter.pair() != null) {
            driver = Driver.PAIR;
        } else if (filter.country() != null) {
            driver = Driver.COUNTRY;
        } else if (filter.channel() != null) {
            driver = Driver.CHANNEL;
        } else {
            driver = Driver.OCCASIONS;
        }
        return new TimelineSql(dialect, filter, actorId, driver, fts, textCheck);
    }

    /** How many evidence sentences match, counted up to just past {@link #COMMON_TEXT_MATCHES}. */
    private static int matches(Connection c, SqlDialect dialect, String fts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.countMatches(COMMON_TEXT_MATCHES + 1))) {
            ps.setString(1, fts);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The walk goes over key rows {@code d}, not over occasion rows {@code o}. */
    private boolean keyed() {
        return driver == Driver.ACTOR || driver == Driver.PAIR || driver == Driver.COUNTRY || driver == Driver.CHANNEL;
    }

    /** The sort key: the start day, '' when undated. */
    String day() {
        return keyed() ? "d.day" : "COALESCE(o.date_start, '')";
    }

    String id() {
        return keyed() ? "d.occasion_id" : "o.id";
    }

    String type() {
        return keyed() ? "d.type" : "o.type";
    }

    /** "YYYY-MM", or NULL for occasions left out of monthly counts. */
    String month() {
        return keyed() ? "d.month" : OCCASION_MONTH;
    }

    /**
     * {@code SELECT columns} over the occasions passing the filter, after {@code after} if not null, newest
     * first, at most {@code limit} if not null; with its parameters, in order. The columns may use
     * {@link #id()}, {@link #day()}, {@link #type()} and {@link #month()}.
     */
    Statement select(String columns, EventCursor after, Integer limit) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String from = switch (driver) {
            case TEXT -> "(" + dialect.matchingOccasions().replace("SELECT oe", "SELECT DISTINCT oe") + ") t "
                    + dialect.orderedJoin() + " occasions o ON o.id = t.occasion_id";
            case ACTOR -> "occasion_actors d";
            case PAIR -> "occasion_pairs d";
            case COUNTRY -> "occasion_countries d";
            case CHANNEL -> "occasion_channels d";
            case OCCASIONS -> "occasions o";
        };
        if (driver == Driver.TEXT) {
            params.add(fts);
        }
        if (actorId != null) {
            where.add(driver == Driver.ACTOR ? "d.actor_id = ?"
                    : "EXISTS (SELECT 1 FROM occasion_actors xa WHERE xa.occasion_id = " + id() + " AND xa.actor_id = ?)");
            params.add(actorId);
        }
        if (filter.pair() != null) {
            where.add(driver == Driver.PAIR ? "d.a = ? AND d.b = ?" : "EXISTS (SELECT 1 FROM occasion_pairs xp"
                    + " WHERE xp.occasion_id = " + id() + " AND xp.a = ? AND xp.b = ?)");
            params.add(filter.pair().a());
            params.add(filter.pair().b());
        }
        if (filter.country() != null) {
            where.add(driver == Driver.COUNTRY ? "d.country = ?" : "EXISTS (SELECT 1 FROM occasion_countries xc"
                    + " WHERE xc.occasion_id = " + id() + " AND xc.country = ?)");
            params.add(filter.country());
        }
        if (filter.channel() != null) {
            where.add(driver == Driver.CHANNEL ? "d.channel = ?" : "EXISTS (SELECT 1 FROM occasion_channels xh"
                    + " WHERE xh.occasion_id = " + id() + " AND xh.channel = ?)");
            params.add(filter.channel().label());
        }
        if (filter.type() != null) {
            where.add(type() + " = ?");
            params.add(ExtractionWriter.label(filter.type()));
        }
        if (filter.status() != null) {
            where.add((keyed() ? "d.status" : "o.status") + " = ?");
            params.add(ExtractionWriter.label(filter.status()));
        }
        // last: for the per-row check, the cheaper tests above go first
        if (fts != null && driver != Driver.TEXT) {
            where.add(switch (textCheck) {
                case MATCH_SET, NONE -> id() + " IN (" + dialect.matchingOccasions() + ")";
                case EACH_ROW -> dialect.occasionMatches(id());
            });
            params.add(fts);
        }
        if (filter.from() != null) {
            where.add(day() + " >= ?");
            params.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.add(day() + " <= ? AND " + day() + " <> ''");
            params.add(filter.to().toString());
        }
        if (after != null) {
            where.add("(" + day() + ", " + id() + ") < (?, ?)");
            params.add(after.day());
            params.add(after.id());
        }
        String sql = "SELECT " + columns + " FROM " + from
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + day() + " DESC, " + id() + " DESC"
                + (limit == null ? "" : " LIMIT ?");
        if (limit != null) {
            params.add((long) limit);
        }
        return new Statement(sql, params);
    }

    /** SQL with its bound parameters (Strings and Longs). */
    record Statement(String sql, List<Object> params) {

        Statement {
            params = List.copyOf(params);
        }

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            bind(ps, 1);
            return ps;
        }

        int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                if (p instanceof Long l) {
                    ps.setLong(i++, l);
                } else {
                    ps.setString(i++, (String) p);
                }
            }
            return i;
        }
    }
}
