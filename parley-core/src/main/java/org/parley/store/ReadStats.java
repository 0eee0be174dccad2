package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.store.read.EventFilter;
import org.parley.store.read.MonthlyStats;

/** Events per month, by type and by country pair, over the events passing a filter. */
final class ReadStats {

    private final Connection c;

    ReadStats(Connection c) {
        this.c = c;
    }

    MonthlyStats monthly(EventFilter filter, int topPairs) throws SQLException {
        TimelineSql timeline = TimelineSql.plan(c, filter);
        TimelineSql.Statement events = timeline.select(timeline.id()
                + " AS id, e.type AS type, substr(e.date_start, 1, 7) AS month", null, null, true);
        // a date known only to its year has no month: it is left out rather than put in January
        String dated = " WHERE ev.month IS NOT NULL AND e2.date_precision <> 'year'";
        List<MonthlyStats.Count> byType = counts("SELECT ev.month, ev.type, COUNT(*) FROM (" + events.sql() + ") ev"
                + " JOIN events e2 ON e2.id = ev.id" + dated + " GROUP BY ev.month, ev.type ORDER BY ev.month, ev.type",
                events);
        List<MonthlyStats.Count> pairCounts = counts("SELECT ev.month, pr.a || '-' || pr.b, COUNT(*) FROM ("
                + events.sql() + ") ev JOIN events e2 ON e2.id = ev.id JOIN event_pairs pr ON pr.event_id = ev.id"
                + dated + " GROUP BY ev.month, pr.a, pr.b ORDER BY ev.month, pr.a, pr.b", events);
        Map<String, Integer> totals = new LinkedHashMap<>();
        pairCounts.forEach(k -> totals.merge(k.key(), k.count(), Integer::sum));
        List<String> top = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topPairs).map(Map.Entry::getKey).toList();
        Set<String> kept = new HashSet<>(top);
        List<MonthlyStats.Count> byPair = pairCounts.stream().filter(k -> kept.contains(k.key())).toList();
        return new MonthlyStats(byType, byPair, top);
    }

    private List<MonthlyStats.Count> counts(String sql, TimelineSql.Statement inner) throws SQLException {
        List<MonthlyStats.Count> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            inner.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MonthlyStats.Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }
}
