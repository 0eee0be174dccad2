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
 * The SQL of a filtered walk over the timeline, newest first, for SQLite. One table drives the walk: the
 * most selective of the read model's keys (100-read-model.sql) that are ordered by day, so a page is read
 * off an index without sorting; every other filter is checked per row. Undated events have day ''.
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

    private enum Driver { TEXT, ACTOR, PAIR, COUNTRY, EVENTS }

    /** How the words are checked when they do not drive the walk. */
    private enum TextCheck { NONE, MATCH_SET, EACH_ROW }

    private final EventFilter filter;
    private final Driver driver;
    private final String fts;
    private final TextCheck textCheck;

    private TimelineSql(EventFilter filter, Driver driver, String fts, TextCheck textCheck) {
        this.filter = filter;
        this.driver = driver;
        this.fts = fts;
        this.textCheck = textCheck;
    }

    /** Chooses the driving table; a text filter costs one capped count of its matches. */
    static TimelineSql plan(Connection c, EventFilter filter) throws SQLException {
        String fts = filter.text() == null ? null : FtsQuery.of(filter.text());
        int matches = fts == null ? 0 : matches(c, fts);
        TextCheck textCheck = fts == null || matches <= FEW_TEXT_MATCHES ? TextCheck.NONE
                : matches <= COMMON_TEXT_MATCHES ? TextCheck.MATCH_SET : TextCheck.EACH_ROW;
        Driver driver;
        if (fts != null && textCheck == TextCheck.NONE) {
            driver = Driver.TEXT;
        } else if (filter.actor() != null) {
            driver = Driver.ACTOR;
        } else if (filter.pair() != null) {
            driver = Driver.PAIR;
        } else if (filter.country() != null) {
            driver = Driver.COUNTRY;
        } else {
            driver = Driver.EVENTS;
        }
        return new TimelineSql(filter, driver, fts, textCheck);
    }

    /** How many evidence sentences match, counted up to just past {@link #COMMON_TEXT_MATCHES}. */
    private static int matches(Connection c, String fts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT rowid FROM evidence_search"
                + " WHERE evidence_search MATCH ? LIMIT " + (COMMON_TEXT_MATCHES + 1) + ")")) {
            ps.setString(1, fts);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The sort key: the start day, '' when undated. */
    String day() {
        return driver == Driver.EVENTS ? "COALESCE(e.date_start, '')" : "d.day";
    }

    String id() {
        return driver == Driver.EVENTS ? "e.id" : "d.event_id";
    }

    /**
     * {@code SELECT columns} over the events passing the filter, after {@code after} if not null, newest
     * first, at most {@code limit} if not null; with its parameters, in order. The columns may use
     * {@link #id()} and {@link #day()}, and the event row {@code e} when {@code withEvents}: reading it only
     * when needed keeps a walk over many candidates in the narrow tables.
     */
    Statement select(String columns, EventCursor after, Integer limit, boolean withEvents) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String joinEvents = withEvents || filter.type() != null || filter.status() != null
                ? " CROSS JOIN events e ON e.id = d.event_id" : "";
        String from = switch (driver) {
            case TEXT -> "evidence_search CROSS JOIN event_days d ON d.event_id = evidence_search.rowid" + joinEvents;
            case ACTOR -> "event_actors d" + joinEvents;
            case PAIR -> "event_pairs d" + joinEvents;
            case COUNTRY -> "event_countries d" + joinEvents;
            case EVENTS -> "events e";
        };
        if (filter.actor() != null) {
            where.add(driver == Driver.ACTOR ? "d.actor = ?"
                    : "EXISTS (SELECT 1 FROM event_actors xa WHERE xa.event_id = " + id() + " AND xa.actor = ?)");
            params.add(ActorIds.folded(filter.actor()));
        }
        if (filter.pair() != null) {
            where.add(driver == Driver.PAIR ? "d.a = ? AND d.b = ?"
                    : "EXISTS (SELECT 1 FROM event_pairs xp WHERE xp.event_id = " + id() + " AND xp.a = ? AND xp.b = ?)");
            params.add(filter.pair().a());
            params.add(filter.pair().b());
        }
        if (filter.country() != null) {
            where.add(driver == Driver.COUNTRY ? "d.country = ?"
                    : "EXISTS (SELECT 1 FROM event_countries xc WHERE xc.event_id = " + id() + " AND xc.country = ?)");
            params.add(filter.country());
        }
        if (filter.type() != null) {
            where.add("e.type = ?");
            params.add(ExtractionWriter.label(filter.type()));
        }
        if (filter.status() != null) {
            where.add("e.status = ?");
            params.add(ExtractionWriter.label(filter.status()));
        }
        // last: for the per-row check, the cheaper tests above go first
        if (fts != null) {
            where.add(switch (textCheck) {
                case NONE -> "evidence_search MATCH ?";
                case MATCH_SET -> id() + " IN (SELECT rowid FROM evidence_search WHERE evidence_search MATCH ?)";
                case EACH_ROW -> "EXISTS (SELECT 1 FROM evidence_search WHERE evidence_search MATCH ?"
                        + " AND evidence_search.rowid = " + id() + ")";
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
