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
import java.util.Optional;
import java.util.Set;
import org.parley.store.read.EventFilter;
import org.parley.store.read.MonthlyStats;

/**
 * Occasions per month, by type and by country pair. Read from the monthly summaries when the filter allows
 * it ({@link MonthlySummary}); else counted over the occasions passing the filter, walked as the timeline
 * walks them (an actor's or a text search's occasions).
 */
final class ReadStats {

    private final Connection c;

    ReadStats(Connection c) {
        this.c = c;
    }

    MonthlyStats monthly(EventFilter filter, int topPairs) throws SQLException {
        Optional<MonthlyStats> summarised = new MonthlySummary(c).monthly(filter, topPairs);
        if (summarised.isPresent()) {
            return summarised.get();
        }
        TimelineSql timeline = TimelineSql.plan(c, filter);
        TimelineSql.Statement occasions = timeline.select(timeline.id() + " AS id, " + timeline.month() + " AS month, "
                + timeline.type() + " AS type", null, null);
        List<MonthlyStats.Count> byType = counts("SELECT ev.month, ev.type, COUNT(*) FROM (" + occasions.sql() + ") ev"
                + " WHERE ev.month IS NOT NULL GROUP BY ev.month, ev.type ORDER BY ev.month, ev.type", occasions);
        List<MonthlyStats.Count> pairCounts = counts("SELECT ev.month, pr.a || '-' || pr.b, COUNT(*) FROM ("
                + occasions.sql() + ") ev " + SqlDialect.of(c).orderedJoin() + " occasion_pairs pr ON pr.occasion_id = ev.id"
                + " WHERE ev.month IS NOT NULL GROUP BY ev.month, pr.a, pr.b ORDER BY ev.month, pr.a, pr.b", occasions);
        Map<String, Integer> totals = new LinkedHashMap<>();
        pairCounts.forEach(k -> totals.merge(k.key(), k.count(), Integer::sum));
        List<String> top = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topPairs).map(Map.Entry::getKey).toList();
        Set<String> kept = new HashSet<>(top);
        List<MonthlyStats.Count> byPair = pairCounts.stream().filter(k -> kept.contains(k.key())).toList();
        List<MonthlyStats.Count> byChannel = counts("SELECT ev.month, h.channel, COUNT(*) FROM (" + occasions.sql()
                + ") ev " + SqlDialect.of(c).orderedJoin() + " occasion_channels h ON h.occasion_id = ev.id"
                + " WHERE ev.month IS NOT NULL GROUP BY ev.month, h.channel ORDER BY ev.month, h.channel", occasions);
        List<MonthlyStats.Count> undated = counts("SELECT '', '', COUNT(*) FROM (" + occasions.sql() + ") ev"
                + " WHERE ev.month IS NULL", occasions);
        return new MonthlyStats(byType, byPair, top, byChannel, undated.isEmpty() ? 0 : undated.get(0).count());
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
