package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;

/** The timeline query: events passing an {@link EventQuery}, with participants and sources. Standard SQL. */
final class EventReader {

    private final Connection connection;

    EventReader(Connection connection) {
        this.connection = connection;
    }

    List<StoredEvent> read(EventQuery query) throws SQLException {
        Filter filter = Filter.of(query);
        Map<Long, List<Participant>> participants = participants(filter);
        List<StoredEvent> events = new ArrayList<>();
        String sql = "SELECT e.id, e.type, e.status, e.date_start, e.date_end, e.date_precision, e.date_source,"
                + " e.date_text, e.location, e.mechanism, e.cameo, e.confidence, e.evidence, e.evidence_begin,"
                + " e.evidence_end, e.article_id, a.source_id, a.origin, a.url, a.published"
                + " FROM events e JOIN articles a ON a.id = e.article_id"
                + " WHERE " + filter.where()
                + " ORDER BY CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, e.date_start, e.id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    events.add(new StoredEvent(id,
                            EventType.parse(rs.getString("type")),
                            EventStatus.parse(rs.getString("status")),
                            date(rs),
                            rs.getString("location"),
                            rs.getString("mechanism"),
                            rs.getString("cameo"),
                            rs.getDouble("confidence"),
                            participants.getOrDefault(id, List.of()),
                            List.of(source(rs))));
                }
            }
        }
        return events;
    }

    private Map<Long, List<Participant>> participants(Filter filter) throws SQLException {
        Map<Long, List<Participant>> byEvent = new HashMap<>();
        String sql = "SELECT p.event_id, p.name, p.country, p.title FROM event_participants p"
                + " WHERE p.event_id IN (SELECT e.id FROM events e WHERE " + filter.where() + ")"
                + " ORDER BY p.event_id, p.position";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Participant(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return byEvent;
    }

    private static EventDate date(ResultSet rs) throws SQLException {
        String start = rs.getString("date_start");
        String end = rs.getString("date_end");
        DateSource source = DateSource.valueOf(rs.getString("date_source").toUpperCase(Locale.ROOT));
        FuzzyDate startDate = start == null ? null : new FuzzyDate(LocalDate.parse(start),
                DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(Locale.ROOT)));
        FuzzyDate endDate = end == null ? null : FuzzyDate.parse(end);
        return new EventDate(startDate, endDate, source, rs.getString("date_text"));
    }

    private static EventSource source(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        return new EventSource(rs.getString("article_id"), rs.getString("source_id"), rs.getString("origin"),
                rs.getString("url"), published == null ? null : LocalDate.parse(published),
                rs.getString("evidence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"));
    }

    /** The WHERE clause over {@code events e} for a query, with its parameters in order. */
    private record Filter(String where, List<String> params) {

        static Filter of(EventQuery q) {
            StringBuilder where = new StringBuilder("1 = 1");
            List<String> params = new ArrayList<>();
            if (q.actor() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM event_participants ap WHERE ap.event_id = e.id"
                        + " AND ap.name_folded LIKE ? ESCAPE '\\')");
                params.add("%" + escapeLike(NameFolding.fold(q.actor())) + "%");
            }
            if (q.country() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM event_participants cp WHERE cp.event_id = e.id"
                        + " AND cp.country = ?)");
                params.add(q.country());
            }
            if (q.type() != null) {
                where.append(" AND e.type = ?");
                params.add(q.type().label());
            }
            if (q.status() != null) {
                where.append(" AND e.status = ?");
                params.add(q.status().label());
            }
            if (q.from() != null) {
                where.append(" AND e.date_start >= ?");
                params.add(q.from().toString());
            }
            if (q.to() != null) {
                where.append(" AND e.date_start <= ?");
                params.add(q.to().toString());
            }
            return new Filter(where.toString(), params);
        }

        void bind(PreparedStatement ps, int first) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(first + i, params.get(i));
            }
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
