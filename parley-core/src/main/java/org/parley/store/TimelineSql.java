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

    /** Text matches up to this many are read and sorted; more common words are checked while walking by day. */
    private static final int FEW_TEXT_MATCHES = 20_000;

    private enum Driver { TEXT, ACTOR, PAIR, COUNTRY, EVENTS }

    private final EventFilter filter;
    private final Driver driver;
    private final String fts;

    private TimelineSql(EventFilter filter, Driver driver, String fts) {
        this.filter = filter;
        this.driver = driver;
        this.fts = fts;
    }

    /** Chooses the driving table; a text filter costs one capped count of its matches. */
    static TimelineSql plan(Connection c, EventFilter filter) throws SQLException {
        String fts = filter.text() == null ? null : FtsQuery.of(filter.text());
        Driver driver;
        if (fts != null && fewMatches(c, fts)) {
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
        return new TimelineSql(filter, driver, fts);
    }

    private static boolean fewMatches(Connection c, String fts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT rowid FROM evidence_search"
                + " WHERE evidence_search MATCH ? LIMIT " + (FEW_TEXT_MATCHES + 1) + ")")) {
            ps.setString(1, fts);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) <= FEW_TEXT_MATCHES;
            }
        }
    }

    /** The sort key: the start day, '' when undated. */
    String day() {
        return switch (driver) {
            case ACTOR, PAIR, COUNTRY -> "d.day";
            case TEXT, EVENTS -> "COALESCE(e.date_start, '')";
        };
    }

    String id() {
        return switch (driver) {
            case ACTOR, PAIR, COUNTRY -> "d.event_id";
            case TEXT, EVENTS -> "e.id";
        };
    }

    /**
     * {@code SELECT columns} over the events passing the filter (alias {@code e}), after {@code after} if
     * not null, newest first, at most {@code limit} if not null; with its parameters, in order.
     */
    Statement select(String columns, EventCursor after, Integer limit) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String from = switch (driver) {
            case TEXT -> "evidence_search CROSS JOIN events e ON e.id = evidence_search.rowid";
            case ACTOR -> "event_actors d CROSS JOIN events e ON e.id = d.event_id";
            case PAIR -> "event_pairs d CROSS JOIN events e ON e.id = d.event_id";
            case COUNTRY -> "event_countries d CROSS JOIN events e ON e.id = d.event_id";
            case EVENTS -> "events e";
        };
        if (fts != null) {
            where.add(driver == Driver.TEXT ? "evidence_search MATCH ?"
                    : "e.id IN (SELECT rowid FROM evidence_search WHERE evidence_search MATCH ?)");
            params.add(fts);
        }
        if (filter.actor() != null) {
            where.add(driver == Driver.ACTOR ? "d.actor = ?"
                    : "EXISTS (SELECT 1 FROM event_actors xa WHERE xa.event_id = e.id AND xa.actor = ?)");
            params.add(ActorIds.folded(filter.actor()));
        }
        if (filter.pair() != null) {
            where.add(driver == Driver.PAIR ? "d.a = ? AND d.b = ?"
                    : "EXISTS (SELECT 1 FROM event_pairs xp WHERE xp.event_id = e.id AND xp.a = ? AND xp.b = ?)");
            params.add(filter.pair().a());
            params.add(filter.pair().b());
        }
        if (filter.country() != null) {
            where.add(driver == Driver.COUNTRY ? "d.country = ?"
                    : "EXISTS (SELECT 1 FROM event_countries xc WHERE xc.event_id = e.id AND xc.country = ?)");
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
