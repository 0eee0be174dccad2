package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.store.read.CountryPair;
import org.parley.store.read.EventFilter;
import org.parley.store.read.MonthlyStats;

/**
 * Monthly counts read off the summaries that triggers keep (monthly_types, monthly_countries, monthly_pairs
 * in 101-desk-occasions.sql): a few thousand rows instead of a million occasions. They answer filters by
 * type, status, whole months, one country and one pair. With a country, the pairs charted are those of that
 * country (a third side's pairs in a meeting of three are left out); with a pair, that pair alone.
 */
final class MonthlySummary {

    private final Connection c;

    MonthlySummary(Connection c) {
        this.c = c;
    }

    /** The counts, or empty when the filter needs the occasions themselves (actor, words, part of a month). */
    Optional<MonthlyStats> monthly(EventFilter f, int topPairs) throws SQLException {
        CountryPair pair = f.pair();
        boolean countryInPair = pair != null && f.country() != null
                && (pair.a().equals(f.country()) || pair.b().equals(f.country()));
        if (f.actor() != null || f.text() != null || f.channel() != null || !firstOfMonth(f.from()) || !lastOfMonth(f.to())
                || pair != null && f.country() != null && !countryInPair) {
            return Optional.empty();
        }
        Where common = common(f);
        List<MonthlyStats.Count> byType;
        List<String> top = new ArrayList<>();
        if (pair != null) {
            byType = counts("SELECT month, type, SUM(occasions) FROM monthly_pairs WHERE a = ? AND b = ?" + common.sql
                    + " GROUP BY month, type HAVING SUM(occasions) > 0 ORDER BY month, type",
                    common.with(pair.a(), pair.b()));
            if (topPairs > 0 && !byType.isEmpty()) {
                top.add(pair.label());
            }
        } else {
            byType = f.country() != null
                    ? counts("SELECT month, type, SUM(occasions) FROM monthly_countries WHERE country = ?" + common.sql
                            + " GROUP BY month, type HAVING SUM(occasions) > 0 ORDER BY month, type",
                            common.with(f.country()))
                    : counts("SELECT month, type, SUM(occasions) FROM monthly_types WHERE 1 = 1" + common.sql
                            + " GROUP BY month, type HAVING SUM(occasions) > 0 ORDER BY month, type", common.with());
            String side = f.country() == null ? "" : " AND (a = ? OR b = ?)";
            List<Object> params = f.country() == null ? common.with() : common.with(f.country(), f.country());
            params.add((long) topPairs);
            for (MonthlyStats.Count total : counts("SELECT '', a || '-' || b, SUM(occasions) FROM monthly_pairs"
                    + " WHERE 1 = 1" + side + common.sql + " GROUP BY a, b HAVING SUM(occasions) > 0"
                    + " ORDER BY 3 DESC, a, b LIMIT ?", params)) {
                top.add(total.key());
            }
        }
        List<MonthlyStats.Count> byPair = new ArrayList<>();
        for (String label : top) {
            String[] sides = label.split("-");
            byPair.addAll(counts("SELECT month, a || '-' || b, SUM(occasions) FROM monthly_pairs WHERE a = ? AND b = ?"
                    + common.sql + " GROUP BY month, a, b HAVING SUM(occasions) > 0 ORDER BY month",
                    common.with(sides[0], sides[1])));
        }
        byPair.sort(java.util.Comparator.comparing(MonthlyStats.Count::month).thenComparing(MonthlyStats.Count::key));
        return Optional.of(new MonthlyStats(byType, byPair, top, byChannel(f, common), undated(f)));
    }

    /** By channel: the channels' own summary, a side's (106), or for a pair its occasions' channels. */
    private List<MonthlyStats.Count> byChannel(EventFilter f, Where common) throws SQLException {
        if (f.pair() == null && f.country() == null) {
            return counts("SELECT month, channel, SUM(occasions) FROM monthly_channels WHERE 1 = 1" + common.sql
                    + " GROUP BY month, channel HAVING SUM(occasions) > 0 ORDER BY month, channel", common.with());
        }
        if (f.pair() == null) {
            return counts("SELECT month, channel, SUM(occasions) FROM monthly_country_channels WHERE country = ?"
                    + common.sql + " GROUP BY month, channel HAVING SUM(occasions) > 0 ORDER BY month, channel",
                    common.with(f.country()));
        }
        return counts("SELECT k.month, h.channel, COUNT(*) FROM (SELECT * FROM (SELECT occasion_id, month, type, status"
                + " FROM occasion_pairs WHERE a = ? AND b = ?) kk WHERE month IS NOT NULL" + common.sql + ") k"
                + " JOIN occasion_channels h ON h.occasion_id = k.occasion_id GROUP BY k.month, h.channel"
                + " ORDER BY k.month, h.channel", common.with(f.pair().a(), f.pair().b()));
    }

    /**
     * How many occasions passing the filter have no month. Walks those occasions (the partial index of 102: each
     * "|| ''" keeps the planner off the other indexes of the columns it compares) and probes a side's or pair's
     * keys for each.
     */
    private int undated(EventFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM occasions o"
                + " WHERE (o.date_precision IS NULL OR o.date_precision = 'year')");
        List<Object> params = new ArrayList<>();
        if (f.pair() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM occasion_pairs x WHERE x.occasion_id = o.id AND x.a = ? AND x.b = ?)");
            params.add(f.pair().a());
            params.add(f.pair().b());
        }
        if (f.country() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM occasion_countries x WHERE x.occasion_id = o.id AND x.country = ?)");
            params.add(f.country());
        }
        if (f.type() != null) {
            sql.append(" AND o.type || '' = ?");
            params.add(ExtractionWriter.label(f.type()));
        }
        if (f.status() != null) {
            sql.append(" AND o.status || '' = ?");
            params.add(ExtractionWriter.label(f.status()));
        }
        if (f.from() != null) {
            sql.append(" AND o.date_start || '' >= ?");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            sql.append(" AND o.date_start || '' <= ?");
            params.add(f.to().toString());
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The conditions every summary shares (type, status, months), as SQL after a WHERE, and their values. */
    private record Where(String sql, List<Object> params) {

        /** {@code first} (the table's own keys), then the shared values, in the order the SQL needs them. */
        List<Object> with(Object... first) {
            List<Object> all = new ArrayList<>(List.of(first));
            all.addAll(params);
            return all;
        }
    }

    private static Where common(EventFilter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (f.type() != null) {
            sql.append(" AND type = ?");
            params.add(ExtractionWriter.label(f.type()));
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            params.add(ExtractionWriter.label(f.status()));
        }
        if (f.from() != null) {
            sql.append(" AND month >= ?");
            params.add(f.from().toString().substring(0, 7));
        }
        if (f.to() != null) {
            sql.append(" AND month <= ?");
            params.add(f.to().toString().substring(0, 7));
        }
        return new Where(sql.toString(), params);
    }

    private static boolean firstOfMonth(LocalDate d) {
        return d == null || d.getDayOfMonth() == 1;
    }

    private static boolean lastOfMonth(LocalDate d) {
        return d == null || d.getDayOfMonth() == d.lengthOfMonth();
    }

    private List<MonthlyStats.Count> counts(String sql, List<Object> params) throws SQLException {
        List<MonthlyStats.Count> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MonthlyStats.Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }
}
