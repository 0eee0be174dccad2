package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Channel;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;

/**
 * The timeline query: occasions passing an {@link EventQuery}, each with the participants of all its
 * reports (one per actor) and every source. Standard SQL.
 */
final class EventReader {

    /** One report of an occasion, as read from its events row. */
    private record Row(long occasion, EventSource source, String location, String mechanism, String cameo,
                       double confidence) {
    }

    private final Connection connection;

    EventReader(Connection connection) {
        this.connection = connection;
    }

    List<StoredEvent> read(EventQuery query) throws SQLException {
        Filter filter = Filter.of(query);
        Map<Long, List<Row>> rows = rows(filter);
        Map<Long, Map<Long, Participant>> participants = participants(filter);
        Map<Long, List<String>> sides = sides(filter);
        Map<Long, String> channels = channels(filter);
        List<StoredEvent> events = new ArrayList<>();
        String sql = "SELECT o.id, o.type, o.status, o.date_start, o.date_end, o.date_precision, o.location,"
                + " o.cameo, o.plan_fulfilled, o.date_conflict FROM occasions o WHERE " + filter.where()
                + " ORDER BY CASE WHEN o.date_start IS NULL THEN 1 ELSE 0 END, o.date_start, o.id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    List<Row> reports = rows.getOrDefault(id, List.of());
                    Map<Long, Participant> people = participants.getOrDefault(id, Map.of());
                    events.add(new StoredEvent(id,
                            EventType.parse(rs.getString("type")),
                            EventStatus.parse(rs.getString("status")),
                            date(rs, reports),
                            rs.getString("location"),
                            reports.stream().map(Row::mechanism).filter(m -> m != null).findFirst().orElse(null),
                            rs.getString("cameo"),
                            reports.stream().mapToDouble(Row::confidence).max().orElse(0),
                            List.copyOf(people.values()),
                            reports.stream().map(Row::source).toList(),
                            List.copyOf(people.keySet()),
                            rs.getInt("plan_fulfilled") == 1,
                            rs.getInt("date_conflict") == 1,
                            sides.getOrDefault(id, List.of()),
                            channels.containsKey(id) ? Channel.parse(channels.get(id)) : null));
                }
            }
        }
        return events;
    }

    /** The occasion's date, explained by the first report that gives exactly that date. */
    private static EventDate date(ResultSet rs, List<Row> reports) throws SQLException {
        String start = rs.getString("date_start");
        if (start == null) {
            return EventDate.UNKNOWN;
        }
        FuzzyDate startDate = new FuzzyDate(LocalDate.parse(start),
                DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(Locale.ROOT)));
        String end = rs.getString("date_end");
        FuzzyDate endDate = end == null ? null : FuzzyDate.parse(end);
        for (Row r : reports) {
            EventDate d = r.source().date();
            if (d != null && startDate.equals(d.start())) {
                return new EventDate(startDate, endDate, d.source(), d.text());
            }
        }
        return new EventDate(startDate, endDate, DateSource.EXPLICIT, null);
    }

    private Map<Long, List<Row>> rows(Filter filter) throws SQLException {
        Map<Long, List<Row>> byOccasion = new LinkedHashMap<>();
        String sql = "SELECT oe.occasion_id, e.id, e.status, e.date_start, e.date_end, e.date_precision, e.date_source,"
                + " e.date_text, e.location, e.mechanism, e.cameo, e.confidence, e.evidence, e.evidence_begin,"
                + " e.evidence_end, e.article_id, a.source_id, a.origin, a.url, a.published"
                + " FROM occasion_events oe JOIN events e ON e.id = oe.event_id JOIN articles a ON a.id = e.article_id"
                + " WHERE oe.occasion_id IN (SELECT o.id FROM occasions o WHERE " + filter.where() + ")"
                + " ORDER BY oe.occasion_id, e.id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString("published");
                    EventSource source = new EventSource(rs.getString("article_id"), rs.getString("source_id"),
                            rs.getString("origin"), rs.getString("url"),
                            published == null ? null : LocalDate.parse(published), rs.getString("evidence"),
                            rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getLong("id"),
                            EventStatus.parse(rs.getString("status")), eventDate(rs));
                    byOccasion.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Row(rs.getLong(1), source,
                            rs.getString("location"), rs.getString("mechanism"), rs.getString("cameo"),
                            rs.getDouble("confidence")));
                }
            }
        }
        return byOccasion;
    }

    /** Participants of each occasion, one per actor, in the order the reports name them. */
    private Map<Long, Map<Long, Participant>> participants(Filter filter) throws SQLException {
        Map<Long, Map<Long, Participant>> byOccasion = new LinkedHashMap<>();
        String sql = "SELECT oe.occasion_id, p.actor_id, p.name, p.country, p.title FROM occasion_events oe"
                + " JOIN event_participants p ON p.event_id = oe.event_id"
                + " WHERE oe.occasion_id IN (SELECT o.id FROM occasions o WHERE " + filter.where() + ")"
                + " ORDER BY oe.occasion_id, oe.event_id, p.position";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byOccasion.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .putIfAbsent(rs.getLong(2), new Participant(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return byOccasion;
    }

    /** The sides of each occasion, each once, in the order its reports name them. */
    private Map<Long, List<String>> sides(Filter filter) throws SQLException {
        Map<Long, List<String>> byOccasion = new LinkedHashMap<>();
        String sql = "SELECT oe.occasion_id, s.country FROM occasion_events oe JOIN event_sides s ON s.event_id = oe.event_id"
                + " WHERE oe.occasion_id IN (SELECT o.id FROM occasions o WHERE " + filter.where() + ")"
                + " ORDER BY oe.occasion_id, oe.event_id, s.position";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> sides = byOccasion.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (!sides.contains(rs.getString(2))) {
                        sides.add(rs.getString(2));
                    }
                }
            }
        }
        return byOccasion;
    }

    private Map<Long, String> channels(Filter filter) throws SQLException {
        Map<Long, String> byOccasion = new LinkedHashMap<>();
        String sql = "SELECT c.occasion_id, c.channel FROM occasion_channels c"
                + " WHERE c.occasion_id IN (SELECT o.id FROM occasions o WHERE " + filter.where() + ")";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byOccasion.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return byOccasion;
    }

    private static EventDate eventDate(ResultSet rs) throws SQLException {
        String start = rs.getString("date_start");
        String end = rs.getString("date_end");
        DateSource source = DateSource.valueOf(rs.getString("date_source").toUpperCase(Locale.ROOT));
        FuzzyDate startDate = start == null ? null : new FuzzyDate(LocalDate.parse(start),
                DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(Locale.ROOT)));
        return new EventDate(startDate, end == null ? null : FuzzyDate.parse(end), source, rs.getString("date_text"));
    }

    /** The WHERE clause over {@code occasions o} for a query, with its parameters in order. */
    private record Filter(String where, List<String> params) {

        private static final String REPORTS = "SELECT 1 FROM occasion_events fe JOIN event_participants %s"
                + " ON %s.event_id = fe.event_id WHERE fe.occasion_id = o.id AND ";

        static Filter of(EventQuery q) {
            StringBuilder where = new StringBuilder("1 = 1");
            List<String> params = new ArrayList<>();
            if (q.actor() != null) {
                where.append(" AND EXISTS (").append(String.format(REPORTS, "ap", "ap"))
                        .append("ap.name_folded LIKE ? ESCAPE '\\')");
                params.add("%" + escapeLike(NameFolding.fold(q.actor())) + "%");
            }
            if (q.country() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM occasion_countries qc WHERE qc.occasion_id = o.id"
                        + " AND qc.country = ?)");
                params.add(q.country());
            }
            if (q.channel() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM occasion_channels qh WHERE qh.occasion_id = o.id"
                        + " AND qh.channel = ?)");
                params.add(q.channel().label());
            }
            if (q.type() != null) {
                where.append(" AND o.type = ?");
                params.add(q.type().label());
            }
            if (q.status() != null) {
                where.append(" AND o.status = ?");
                params.add(q.status().label());
            }
            if (q.from() != null) {
                where.append(" AND o.date_start >= ?");
                params.add(q.from().toString());
            }
            if (q.to() != null) {
                where.append(" AND o.date_start <= ?");
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
