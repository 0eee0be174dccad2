package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.store.read.CountryPair;
import org.parley.store.read.MonthlyStats;
import org.parley.store.read.PairView;

/**
 * Everything the pair page shows of two countries: counts by month and channel and the people of each side from
 * the pair's summaries (105-pair-summaries), standing bodies with their sessions, plans ahead and the latest
 * sources off the pair's key rows (occasion_pairs, ordered by day).
 */
final class ReadPair {

    /** The most recent occasions whose sources the page lists. */
    private static final int LATEST = 10;
    private static final int PEOPLE = 20;

    private final Connection c;

    ReadPair(Connection c) {
        this.c = c;
    }

    PairView pair(CountryPair pair, LocalDate today) throws SQLException {
        String a = pair.a();
        String b = pair.b();
        int occasions = count("SELECT COUNT(*) FROM occasion_pairs WHERE a = ? AND b = ?", a, b);
        int undated = count("SELECT COUNT(*) FROM occasion_pairs WHERE a = ? AND b = ? AND month IS NULL", a, b);
        List<MonthlyStats.Count> byChannel = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT month, channel, occasions FROM monthly_pair_channels"
                + " WHERE a = ? AND b = ? AND occasions > 0 ORDER BY month, channel", a, b);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byChannel.add(new MonthlyStats.Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        Map<String, List<PairView.Person>> people = people(a, b);
        ReadEvents events = new ReadEvents(c);
        List<Long> ahead = ids("SELECT occasion_id FROM occasion_pairs WHERE a = ? AND b = ? AND status = 'planned'"
                + " AND day >= ? ORDER BY day, occasion_id LIMIT " + LATEST, a, b, today.toString());
        List<Long> latest = ids("SELECT occasion_id FROM occasion_pairs WHERE a = ? AND b = ?"
                + " ORDER BY day DESC, occasion_id DESC LIMIT " + LATEST, a, b);
        return new PairView(a, b, occasions, undated, byChannel, mechanisms(a, b),
                people.getOrDefault(a, List.of()), people.getOrDefault(b, List.of()),
                events.summaries(ahead), events.summaries(latest), sources(latest));
    }

    /** Each body whose sessions the two sides hold, sessions by number (unnumbered by date), with the gaps. */
    private List<PairView.Mechanism> mechanisms(String a, String b) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<PairView.Session>> sessions = new LinkedHashMap<>();
        // driven by the sessions of standing bodies, which are few, each checked against the pair's keys
        try (PreparedStatement ps = prepare("SELECT m.id, m.name, o.id, o.ordinal, o.date_start, o.date_precision,"
                + " o.status, o.location FROM mechanism_sessions ms JOIN occasions o ON o.id = ms.occasion_id"
                + " JOIN mechanisms m ON m.id = ms.mechanism_id WHERE EXISTS (SELECT 1 FROM occasion_pairs k"
                + " WHERE k.occasion_id = o.id AND k.a = ? AND k.b = ?)"
                + " ORDER BY m.name, m.id, CASE WHEN o.ordinal IS NULL THEN 1 ELSE 0 END, o.ordinal,"
                + " COALESCE(o.date_start, ''), o.id", a, b);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long mechanism = rs.getLong(1);
                names.put(mechanism, rs.getString(2));
                int ordinal = rs.getInt(4);
                Integer number = rs.wasNull() ? null : ordinal;
                String start = rs.getString(5);
                String precision = rs.getString(6);
                String date = start == null ? null : switch (precision) {
                    case "year" -> start.substring(0, 4);
                    case "month" -> start.substring(0, 7);
                    default -> start;
                };
                List<PairView.Session> list = sessions.computeIfAbsent(mechanism, k -> new ArrayList<>());
                PairView.Session previous = list.isEmpty() ? null : list.get(list.size() - 1);
                list.add(new PairView.Session(rs.getLong(3), number, date, rs.getString(7), rs.getString(8),
                        daysBetween(previous == null ? null : previous.date(), date)));
            }
        }
        List<PairView.Mechanism> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new PairView.Mechanism(id, name, sessions.get(id), missing(sessions.get(id)))));
        return out;
    }

    private static Integer daysBetween(String earlier, String later) {
        if (earlier == null || later == null || earlier.length() != 10 || later.length() != 10) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(LocalDate.parse(earlier), LocalDate.parse(later));
    }

    private static List<Integer> missing(List<PairView.Session> sessions) {
        List<Integer> numbers = sessions.stream().map(PairView.Session::ordinal).filter(n -> n != null).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < numbers.size(); i++) {
            for (int n = numbers.get(i - 1) + 1; n < numbers.get(i); n++) {
                out.add(n);
            }
        }
        return out;
    }

    /** The people of each side, by the side the knowledge base gives them; people of third sides are left out. */
    private Map<String, List<PairView.Person>> people(String a, String b) throws SQLException {
        Map<String, List<PairView.Person>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare("SELECT x.actor_id, p.name, p.country, x.occasions FROM pair_actors x"
                + " JOIN actors p ON p.id = x.actor_id WHERE x.a = ? AND x.b = ? AND x.occasions > 0"
                + " AND p.country IN (?, ?) ORDER BY x.occasions DESC, p.name", a, b, a, b);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<PairView.Person> side = out.computeIfAbsent(rs.getString(3), k -> new ArrayList<>());
                if (side.size() < PEOPLE) {
                    side.add(new PairView.Person(rs.getLong(1), rs.getString(2), rs.getInt(4)));
                }
            }
        }
        return out;
    }

    private List<PairView.SourceLink> sources(List<Long> occasions) throws SQLException {
        Map<Long, List<PairView.SourceLink>> byOccasion = new LinkedHashMap<>();
        occasions.forEach(id -> byOccasion.put(id, new ArrayList<>()));
        if (occasions.isEmpty()) {
            return List.of();
        }
        OccasionParts parts = new OccasionParts(c);
        parts.sources(occasions).forEach((id, list) -> list.forEach(s -> byOccasion.get(id).add(
                new PairView.SourceLink(s.view().articleId(), s.view().title(), s.view().url(),
                        SourceNames.file(s.view().origin()),
                        s.view().published() == null ? null : s.view().published().toString(), id))));
        List<PairView.SourceLink> out = new ArrayList<>();
        byOccasion.values().forEach(out::addAll);
        return out;
    }

    private int count(String sql, String... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private List<Long> ids(String sql, String... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private PreparedStatement prepare(String sql, String... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setString(i + 1, params[i]);
        }
        return ps;
    }
}
