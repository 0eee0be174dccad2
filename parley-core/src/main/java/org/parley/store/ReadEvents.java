package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.store.read.EventCursor;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.EventSummary;

/** Timeline pages: one row per occasion, with its participants and the number of its sources. */
final class ReadEvents {

    private final Connection c;

    ReadEvents(Connection c) {
        this.c = c;
    }

    EventPage page(EventFilter filter, EventCursor after, int limit) throws SQLException {
        TimelineSql timeline = TimelineSql.planPage(c, filter);
        List<Long> ids = new ArrayList<>();
        List<String> days = new ArrayList<>();
        if (timeline.eventRows()) {
            for (EventCursor row : firstOccasions(timeline, after, limit + 1)) {
                ids.add(row.id());
                days.add(row.day());
            }
        } else {
            TimelineSql.Statement st = timeline.select(timeline.id() + " AS id, " + timeline.day() + " AS day",
                    after, limit + 1);
            try (PreparedStatement ps = st.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    days.add(rs.getString(2));
                }
            }
        }
        String next = null;
        if (ids.size() > limit) {
            next = new EventCursor(days.get(limit - 1), ids.get(limit - 1)).token();
            ids = ids.subList(0, limit);
        }
        return new EventPage(summaries(ids), next);
    }

    /**
     * The first {@code count} occasions of a plan whose rows are matching events, newest day first: rows are
     * read until {@code count} occasions are found and their last day group is read to its end (an earlier
     * occasion of that day may come later in it), then sorted as the timeline is, by day and id, newest first.
     */
    private List<EventCursor> firstOccasions(TimelineSql timeline, EventCursor after, int count) throws SQLException {
        TimelineSql.Statement st = timeline.select(timeline.id() + ", " + timeline.day() + ", " + timeline.dayGroup(),
                after, null);
        Map<Long, String> found = new java.util.HashMap<>();
        try (PreparedStatement ps = st.prepare(c); ResultSet rs = ps.executeQuery()) {
            long group = Long.MIN_VALUE;
            while (rs.next()) {
                long rowGroup = rs.getLong(3);
                if (found.size() >= count && rowGroup != group) {
                    break;
                }
                group = rowGroup;
                found.putIfAbsent(rs.getLong(1), rs.getString(2));
            }
        }
        return found.entrySet().stream().map(e -> new EventCursor(e.getValue(), e.getKey()))
                .sorted(java.util.Comparator.comparing(EventCursor::day).thenComparingLong(EventCursor::id).reversed())
                .limit(count).toList();
    }

    /** The occasions' rows, in the order of {@code ids}; three queries for the whole page. */
    List<EventSummary> summaries(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        OccasionParts parts = new OccasionParts(c);
        Map<Long, OccasionParts.Occasion> occasions = parts.occasions(ids);
        Map<Long, List<OccasionParts.Source>> sources = parts.sources(ids);
        var participants = parts.participants(ids);
        Map<Long, List<String>> sides = parts.sides(ids);
        Map<Long, String> channels = parts.channels(ids);
        List<EventSummary> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            OccasionParts.Occasion o = occasions.get(id);
            List<OccasionParts.Source> reports = sources.getOrDefault(id, List.of());
            OccasionParts.Source main = OccasionParts.main(o, reports);
            out.add(new EventSummary(id, o.type(), o.status(), OccasionParts.date(o, main), o.location(),
                    participants.getOrDefault(id, List.of()), reports.size(),
                    main == null ? null : main.view().evidence(), o.planFulfilled(), o.dateConflict(),
                    sides.getOrDefault(id, List.of()), channels.get(id)));
        }
        return out;
    }
}
