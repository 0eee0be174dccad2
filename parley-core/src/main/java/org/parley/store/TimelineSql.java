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

    /**
     * Text matches up to this many are read and sorted by day; beyond, they are collected once and each row
     * walked by day is looked up among them. Never is each walked row checked against the full-text index
     * on its own: each word is a prefix, and FTS5 merges the lists of every word a prefix begins again for
     * each such check (seconds on a million events for a common word, where the collected set takes tens of
     * milliseconds; EXPLAIN QUERY PLAN "VIRTUAL TABLE INDEX 0:=M1" under a correlated subquery).
     */
    private static final int FEW_TEXT_MATCHES = 20_000;

    /** The month an occasion is counted in, from its row {@code o}; NULL when undated or dated to a year. */
    static final String OCCASION_MONTH = "CASE WHEN o.date_precision IN ('day', 'month')"
            + " THEN substr(o.date_start, 1, 7) END";

    /** The low bits of a timeline_search key hold the event id (sqlite/120-timeline-search). */
    private static final int EVENT_BITS = 40;

    /**
     * WORDS reads timeline_search newest first, a row per matching event (for a page only: see
     * {@link #eventRows()}); TEXT the matches of evidence_search sorted by day; the others a key or the
     * occasions by day.
     */
    private enum Driver { WORDS, TEXT, ACTOR, PAIR, COUNTRY, CHANNEL, OCCASIONS }

    private final SqlDialect dialect;
    private final EventFilter filter;
    private final Long actorId;
    private final Driver driver;
    private final String fts;

    private TimelineSql(SqlDialect dialect, EventFilter filter, Long actorId, Driver driver, String fts) {
        this.dialect = dialect;
        this.filter = filter;
        this.actorId = actorId;
        this.driver = driver;
        this.fts = fts;
    }

    /**
     * Chooses the driving table; a text filter costs one capped count of its matches, an actor filter given
     * by name one lookup (an unknown name matches nothing).
     */
    static TimelineSql plan(Connection c, EventFilter filter) throws SQLException {
        Long actorId = filter.actor() == null ? null : new ActorLookup(c).find(filter.actor()).orElse(-1L);
        SqlDialect dialect = SqlDialect.of(c);
        String fts = filter.text() == null ? null : dialect.textQuery(filter.text());
        boolean fewMatches = fts != null && matches(c, dialect, fts) <= FEW_TEXT_MATCHES;
        Driver driver;
        if (actorId != null && actorId < 0) {
            driver = Driver.ACTOR; // nobody by that name: the walk over its (no) rows ends at once
        } else if (fewMatches) {
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
        return new TimelineSql(dialect, filter, actorId, driver, fts);
    }

    /**
     * The plan for one page of the timeline. On SQLite, words without an actor are read from the
     * timeline-ordered index, newest first, with the country or pair filter's countries as words of the same
     * query: the walk stops after a page however many events match, no count needed (a common word on a
     * million events otherwise collects and sorts a hundred thousand matches). With an actor, whose
     * occasions are few, the actor's key drives as {@link #plan} chooses.
     */
    static TimelineSql planPage(Connection c, EventFilter filter) throws SQLException {
        SqlDialect dialect = SqlDialect.of(c);
        if (filter.text() != null && filter.actor() == null) {
            List<String> sides = new ArrayList<>();
            if (filter.country() != null) {
                sides.add(filter.country());
            }
            if (filter.pair() != null) {
                sides.add(filter.pair().a());
                sides.add(filter.pair().b());
            }
            String query = dialect.timelineQuery(filter.text(), sides);
            if (query != null) {
                return new TimelineSql(dialect, filter, null, Driver.WORDS, query);
            }
        }
        return plan(c, filter);
    }

    /**
     * Whether {@link #select} gives a row per matching event rather than per occasion, newest day first but
     * unsorted within a day, and without a limit: the reader takes occasions until a page is full and the
     * day group ({@link #dayGroup()}) ends, then sorts them (ReadEvents).
     */
    boolean eventRows() {
        return driver == Driver.WORDS;
    }

    /** For {@link #eventRows()}: a number that orders as the day does, equal for the rows of a day. */
    String dayGroup() {
        return "(ts.rowid >> " + EVENT_BITS + ")";
    }

    /**
     * The day group of a day string ("2024", "2024-06", "2024-06-01", or '' when undated), as sqlite/120 makes
     * it; -1 for any other string, which no bound is drawn from.
     */
    static long dayGroup(String day) {
        if (day.isEmpty()) {
            return 0;
        }
        if (!day.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return -1;
        }
        long year = Long.parseLong(day.substring(0, 4));
        long month = day.length() >= 7 ? Long.parseLong(day.substring(5, 7)) : 0;
        long dayOfMonth = day.length() >= 10 ? Long.parseLong(day.substring(8, 10)) : 0;
        return year * 512 + month * 32 + dayOfMonth;
    }

    /** A timeline_search key above every key of {@code day} and below those of later days. */
    private static long keyBelow(String day) {
        long group = dayGroup(day);
        return group < 0 ? Long.MAX_VALUE : (group + 1) << EVENT_BITS;
    }

    /** How many evidence sentences match, counted up to just past {@link #FEW_TEXT_MATCHES}. */
    private static int matches(Connection c, SqlDialect dialect, String fts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.countMatches(FEW_TEXT_MATCHES + 1))) {
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
     * {@link #id()}, {@link #day()}, {@link #type()} and {@link #month()}. A plan of {@link #eventRows()}
     * gives a row per matching event instead, without limit or order within a day.
     */
    Statement select(String columns, EventCursor after, Integer limit) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String from = switch (driver) {
            case WORDS -> "timeline_search ts CROSS JOIN occasion_events oe ON oe.event_id = (ts.rowid & "
                    + ((1L << EVENT_BITS) - 1) + ") CROSS JOIN occasions o ON o.id = oe.occasion_id";
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
        if (driver == Driver.WORDS) {
            where.add("timeline_search MATCH ?");
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
        if (fts != null && driver != Driver.TEXT && driver != Driver.WORDS) {
            where.add(id() + " IN (" + dialect.matchingOccasions() + ")");
            params.add(fts);
        }
        if (filter.from() != null) {
            where.add(day() + " >= ?");
            params.add(filter.from().toString());
            if (driver == Driver.WORDS) { // the same bound on the key, so that the index skips what is older
                where.add("ts.rowid >= ?");
                params.add(Math.max(0, dayGroup(filter.from().toString())) << EVENT_BITS);
            }
        }
        if (filter.to() != null) {
            where.add(day() + " <= ? AND " + day() + " <> ''");
            params.add(filter.to().toString());
            if (driver == Driver.WORDS) {
                where.add("ts.rowid < ?");
                params.add(keyBelow(filter.to().toString()));
            }
        }
        if (after != null) {
            where.add("(" + day() + ", " + id() + ") < (?, ?)");
            params.add(after.day());
            params.add(after.id());
            if (driver == Driver.WORDS) {
                where.add("ts.rowid < ?");
                params.add(keyBelow(after.day()));
            }
        }
        boolean perEvent = driver == Driver.WORDS;
        String sql = "SELECT " + columns + " FROM " + from
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (perEvent ? " ORDER BY ts.rowid DESC" : " ORDER BY " + day() + " DESC, " + id() + " DESC")
                + (limit == null || perEvent ? "" : " LIMIT ?");
        if (limit != null && !perEvent) {
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
