package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;
import org.parley.store.read.DateView;
import org.parley.store.read.EventCursor;
import org.parley.store.read.EventDetail;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.EventSummary;
import org.parley.store.read.ParticipantView;
import org.parley.store.read.SourceView;

/** Timeline pages and single events. Until occasions are merged, each event row has one source. */
final class ReadEvents {

    private static final String COLUMNS = "e.id, e.type, e.status, e.date_start, e.date_end, e.date_precision,"
            + " e.date_source, e.date_text, e.location, e.evidence";

    private final Connection c;

    ReadEvents(Connection c) {
        this.c = c;
    }

    EventPage page(EventFilter filter, EventCursor after, int limit) throws SQLException {
        TimelineSql timeline = TimelineSql.plan(c, filter);
        TimelineSql.Statement st = timeline.select(timeline.id() + " AS id, " + timeline.day() + " AS day",
                after, limit + 1, false);
        List<Long> ids = new ArrayList<>();
        List<String> days = new ArrayList<>();
        try (PreparedStatement ps = st.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                days.add(rs.getString(2));
            }
        }
        String next = null;
        if (ids.size() > limit) {
            next = new EventCursor(days.get(limit - 1), ids.get(limit - 1)).token();
            ids = ids.subList(0, limit);
        }
        return new EventPage(withParticipants(summaries(ids)), next);
    }

    /** The events' rows, in the order of {@code ids}. */
    private List<EventSummary> summaries(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventSummary> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events e WHERE e.id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventSummary row = summary(rs, List.of());
                    byId.put(row.id(), row);
                }
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    Optional<EventDetail> detail(long id) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", e.mechanism, e.cameo, e.confidence, e.evidence_begin, e.evidence_end,"
                + " a.id AS article_id, a.source_id, a.origin, a.url, a.title, a.published"
                + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String published = rs.getString("published");
                SourceView source = new SourceView(rs.getString("article_id"), rs.getString("source_id"),
                        rs.getString("origin"), rs.getString("url"), rs.getString("title"),
                        published == null ? null : LocalDate.parse(published), rs.getString("evidence"),
                        rs.getInt("evidence_begin"), rs.getInt("evidence_end"));
                return Optional.of(new EventDetail(id, rs.getString("type"), rs.getString("status"), date(rs),
                        rs.getString("location"), rs.getString("mechanism"), rs.getString("cameo"),
                        rs.getDouble("confidence"), participants(List.of(id)).getOrDefault(id, List.of()),
                        List.of(source)));
            }
        }
    }

    /** The summaries again, each with its participants (one query for the whole page). */
    List<EventSummary> withParticipants(List<EventSummary> rows) throws SQLException {
        Map<Long, List<ParticipantView>> byEvent = participants(rows.stream().map(EventSummary::id).toList());
        List<EventSummary> out = new ArrayList<>(rows.size());
        for (EventSummary r : rows) {
            out.add(new EventSummary(r.id(), r.type(), r.status(), r.date(), r.location(),
                    byEvent.getOrDefault(r.id(), List.of()), r.sources(), r.evidence()));
        }
        return out;
    }

    Map<Long, List<ParticipantView>> participants(List<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ParticipantView>> byEvent = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(eventIds.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, name, name_folded, country, title"
                + " FROM event_participants WHERE event_id IN (" + marks + ") ORDER BY event_id, position")) {
            for (int i = 0; i < eventIds.size(); i++) {
                ps.setLong(i + 1, eventIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ParticipantView(
                            ActorIds.fromFolded(rs.getString(3)), rs.getString(2), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return byEvent;
    }

    /** A summary without participants, from a row holding {@link #COLUMNS}. */
    static EventSummary summary(ResultSet rs, List<ParticipantView> participants) throws SQLException {
        return new EventSummary(rs.getLong("id"), rs.getString("type"), rs.getString("status"), date(rs),
                rs.getString("location"), participants, 1, rs.getString("evidence"));
    }

    static DateView date(ResultSet rs) throws SQLException {
        String start = rs.getString("date_start");
        String precision = rs.getString("date_precision");
        DateSource source = DateSource.valueOf(rs.getString("date_source").toUpperCase(Locale.ROOT));
        FuzzyDate startDate = start == null ? null : new FuzzyDate(LocalDate.parse(start),
                DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
        String end = rs.getString("date_end");
        EventDate date = new EventDate(startDate, end == null ? null : FuzzyDate.parse(end), source,
                rs.getString("date_text"));
        return new DateView(startDate == null ? null : startDate.iso(), end, startDate == null ? null : precision,
                ExtractionWriter.label(source), date.explain(), date.text());
    }
}
