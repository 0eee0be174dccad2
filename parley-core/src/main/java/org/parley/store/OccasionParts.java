package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;
import org.parley.store.read.DateView;
import org.parley.store.read.ParticipantView;
import org.parley.store.read.SourceView;

/**
 * The parts of a few occasions, each read in one query for all of them: the occasion rows, their sources
 * (per-article event rows with their articles) and their participants (knowledge-base actors).
 */
final class OccasionParts {

    /** An occasion's own row; {@code mechanism} is the knowledge base's name of the body, or null. */
    record Occasion(long id, String type, String status, String dateStart, String dateEnd, String precision,
                    String location, String mechanism, Integer ordinal, String cameo, boolean planFulfilled,
                    boolean dateConflict) {
    }

    /** One source as the event page shows it, with what only the occasion's summary needs. */
    record Source(SourceView view, double confidence, String mechanismText) {
    }

    private final Connection c;

    OccasionParts(Connection c) {
        this.c = c;
    }

    Map<Long, Occasion> occasions(List<Long> ids) throws SQLException {
        Map<Long, Occasion> out = new HashMap<>();
        try (PreparedStatement ps = in("SELECT o.id, o.type, o.status, o.date_start, o.date_end, o.date_precision,"
                + " o.location, m.name, o.ordinal, o.cameo, o.plan_fulfilled, o.date_conflict FROM occasions o"
                + " LEFT JOIN mechanisms m ON m.id = o.mechanism_id WHERE o.id IN (%s)", ids);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int ordinal = rs.getInt(9);
                out.put(rs.getLong(1), new Occasion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.wasNull() ? null : ordinal, rs.getString(10), rs.getInt(11) == 1, rs.getInt(12) == 1));
            }
        }
        return out;
    }

    /** Every source of each occasion, in the order they were stored. */
    Map<Long, List<Source>> sources(List<Long> ids) throws SQLException {
        Map<Long, List<Source>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = in("SELECT oe.occasion_id, e.id, e.status, e.date_start, e.date_end,"
                + " e.date_precision, e.date_source, e.date_text, e.evidence, e.evidence_begin, e.evidence_end,"
                + " e.confidence, e.mechanism, a.id AS article_id, a.source_id, a.origin, a.url, a.title, a.published,"
                + " substr(a.text, 1, 300) AS opening"
                + " FROM occasion_events oe JOIN events e ON e.id = oe.event_id JOIN articles a ON a.id = e.article_id"
                + " WHERE oe.occasion_id IN (%s) ORDER BY oe.occasion_id, e.id", ids);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String published = rs.getString("published");
                SourceView view = new SourceView(rs.getLong(2), rs.getString("article_id"), rs.getString("source_id"),
                        SourceNames.file(rs.getString("origin")), rs.getString("url"),
                        SourceNames.headline(rs.getString("title"), rs.getString("opening")),
                        published == null ? null : LocalDate.parse(published), rs.getString("status"), date(rs),
                        rs.getString("evidence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"));
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Source(view, rs.getDouble("confidence"), rs.getString("mechanism")));
            }
        }
        return out;
    }

    /**
     * The participants of each occasion, one per actor, in the order the sources name them: the actor's
     * canonical name, the side and the first title a source gives.
     */
    Map<Long, List<ParticipantView>> participants(List<Long> ids) throws SQLException {
        Map<Long, Map<Object, ParticipantView>> byOccasion = new LinkedHashMap<>();
        try (PreparedStatement ps = in("SELECT oe.occasion_id, p.actor_id, COALESCE(a.name, p.name),"
                + " COALESCE(p.country, a.country), p.title FROM occasion_events oe"
                + " JOIN event_participants p ON p.event_id = oe.event_id LEFT JOIN actors a ON a.id = p.actor_id"
                + " WHERE oe.occasion_id IN (%s) ORDER BY oe.occasion_id, oe.event_id, p.position", ids);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long actor = rs.getLong(2);
                Long actorId = rs.wasNull() ? null : actor;
                Map<Object, ParticipantView> people = byOccasion.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>());
                Object key = actorId != null ? actorId : rs.getString(3);
                ParticipantView seen = people.get(key);
                if (seen == null) {
                    people.put(key, new ParticipantView(actorId, rs.getString(3), rs.getString(4), rs.getString(5)));
                } else if (seen.title() == null && rs.getString(5) != null) {
                    people.put(key, new ParticipantView(actorId, seen.name(), seen.country(), rs.getString(5)));
                }
            }
        }
        Map<Long, List<ParticipantView>> out = new HashMap<>();
        byOccasion.forEach((id, people) -> out.put(id, List.copyOf(people.values())));
        return out;
    }

    /** The sides of each occasion, each once, in the order its sources name them. */
    Map<Long, List<String>> sides(List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = in("SELECT oe.occasion_id, s.country FROM occasion_events oe"
                + " JOIN event_sides s ON s.event_id = oe.event_id WHERE oe.occasion_id IN (%s)"
                + " ORDER BY oe.occasion_id, oe.event_id, s.position", ids);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<String> sides = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                if (!sides.contains(rs.getString(2))) {
                    sides.add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The channel of each occasion that has one. */
    Map<Long, String> channels(List<Long> ids) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = in("SELECT occasion_id, channel FROM occasion_channels WHERE occasion_id IN (%s)", ids);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The source whose date the occasion took (the first giving exactly its date), else the first. */
    static Source main(Occasion o, List<Source> sources) {
        for (Source s : sources) {
            DateView d = s.view().date();
            if (o.dateStart() != null && d.start() != null && o.precision().equals(d.precision())
                    && o.dateStart().startsWith(d.start())) {
                return s;
            }
        }
        return sources.isEmpty() ? null : sources.get(0);
    }

    /** The occasion's date, explained by the source it was taken from. */
    static DateView date(Occasion o, Source main) {
        DateSource how = main == null ? DateSource.NONE
                : DateSource.valueOf(main.view().date().source().toUpperCase(Locale.ROOT));
        String text = main == null ? null : main.view().date().text();
        if (o.dateStart() == null) {
            how = DateSource.NONE;
            text = null;
        }
        return view(o.dateStart(), o.dateEnd(), o.precision(), how, text);
    }

    /** A source's own date, from a row holding date_start, date_end, date_precision, date_source, date_text. */
    static DateView date(ResultSet rs) throws SQLException {
        return view(rs.getString("date_start"), rs.getString("date_end"), rs.getString("date_precision"),
                DateSource.valueOf(rs.getString("date_source").toUpperCase(Locale.ROOT)), rs.getString("date_text"));
    }

    private static DateView view(String start, String end, String precision, DateSource source, String text) {
        FuzzyDate startDate = start == null ? null : new FuzzyDate(LocalDate.parse(start),
                DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
        EventDate date = new EventDate(startDate, end == null ? null : FuzzyDate.parse(end), source, text);
        return new DateView(startDate == null ? null : startDate.iso(), end, startDate == null ? null : precision,
                ExtractionWriter.label(source), date.explain(), date.text());
    }

    /** {@code sql} with "%s" replaced by one parameter per id, bound. */
    private PreparedStatement in(String sql, List<Long> ids) throws SQLException {
        PreparedStatement ps = c.prepareStatement(String.format(Locale.ROOT, sql,
                String.join(", ", Collections.nCopies(Math.max(1, ids.size()), "?"))));
        if (ids.isEmpty()) {
            ps.setLong(1, -1);
        }
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
        return ps;
    }
}
