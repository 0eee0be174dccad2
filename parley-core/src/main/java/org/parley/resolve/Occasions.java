package org.parley.resolve;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;

/** Groups each stored event row into its occasion, and keeps each occasion's summary row current. */
final class Occasions {

    private static final String READING_SELECT = "SELECT e.id, e.article_id, a.published, e.type, e.status,"
            + " e.date_start, e.date_end, e.date_precision, e.date_source, e.date_text, e.location, e.mechanism,"
            + " e.cameo, e.position FROM events e JOIN articles a ON a.id = e.article_id";

    private final Sql sql;
    private final Mechanisms mechanisms;

    Occasions(Sql sql) {
        this.sql = sql;
        this.mechanisms = new Mechanisms(sql);
    }

    /** Places every event of an article, in text order, into an existing occasion or a new one. */
    void resolveArticle(String articleId) throws SQLException {
        for (long eventId : sql.list("SELECT id FROM events WHERE article_id = ? ORDER BY position",
                rs -> rs.getLong(1), articleId)) {
            Reading r = reading(eventId);
            long occasion = best(r);
            sql.update("INSERT INTO occasion_events (event_id, occasion_id) VALUES (?, ?)"
                    + " ON CONFLICT (event_id) DO NOTHING", eventId, occasion);
            summarise(occasion);
        }
    }

    private long best(Reading r) throws SQLException {
        long bestId = -1;
        OccasionRules.Fit bestFit = OccasionRules.Fit.NONE;
        int bestShared = -1;
        for (long candidate : candidates(r)) {
            List<Reading> readings = readingsOf(candidate);
            OccasionRules.Fit fit = OccasionRules.fit(readings, r);
            int shared = OccasionRules.shared(readings, r);
            if (fit != OccasionRules.Fit.NONE && (fit.compareTo(bestFit) < 0 || fit == bestFit && shared > bestShared)) {
                bestId = candidate;
                bestFit = fit;
                bestShared = shared;
            }
        }
        if (bestId >= 0) {
            return bestId;
        }
        return sql.insert("INSERT INTO occasions (type, status) VALUES (?, ?)", r.type().label(), r.status().label());
    }

    /** Occasions of the same type that share an actor or a mechanism with the reading, oldest first. */
    private List<Long> candidates(Reading r) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (Long actor : r.actors()) {
            out.addAll(sql.list("SELECT DISTINCT oe.occasion_id FROM occasion_events oe"
                    + " JOIN events e ON e.id = oe.event_id JOIN event_participants p ON p.event_id = e.id"
                    + " WHERE e.type = ? AND p.actor_id = ?", rs -> rs.getLong(1), r.type().label(), actor));
        }
        if (r.mechanism() != null) {
            out.addAll(sql.list("SELECT id FROM occasions WHERE mechanism_id = ?", rs -> rs.getLong(1), r.mechanism()));
        }
        return out.stream().distinct().sorted().toList();
    }

    private Reading reading(long eventId) throws SQLException {
        return sql.list(READING_SELECT + " WHERE e.id = ?", this::toReading, eventId).get(0);
    }

    private List<Reading> readingsOf(long occasionId) throws SQLException {
        return sql.list(READING_SELECT + " JOIN occasion_events oe ON oe.event_id = e.id WHERE oe.occasion_id = ?"
                + " ORDER BY e.id", this::toReading, occasionId);
    }

    private Reading toReading(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String published = rs.getString(3);
        String mechanismText = rs.getString(12);
        Long mechanism = null;
        Integer ordinal = null;
        if (mechanismText != null && EventType.parse(rs.getString(4)) == EventType.SESSION) {
            mechanism = mechanisms.resolve(mechanismText);
            ordinal = Mechanisms.ordinal(mechanismText);
        }
        List<Long> actors = sql.list("SELECT actor_id FROM event_participants WHERE event_id = ? AND actor_id IS NOT NULL"
                + " ORDER BY position", r -> r.getLong(1), id);
        return new Reading(id, rs.getString(2), published == null ? null : LocalDate.parse(published),
                EventType.parse(rs.getString(4)), EventStatus.parse(rs.getString(5)), date(rs), rs.getString(11),
                actors, mechanism, ordinal);
    }

    static EventDate date(ResultSet rs) throws SQLException {
        String start = rs.getString("date_start");
        String end = rs.getString("date_end");
        DateSource source = DateSource.valueOf(rs.getString("date_source").toUpperCase(java.util.Locale.ROOT));
        FuzzyDate s = start == null ? null : new FuzzyDate(LocalDate.parse(start),
                DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(java.util.Locale.ROOT)));
        return new EventDate(s, end == null ? null : FuzzyDate.parse(end), source, rs.getString("date_text"));
    }

    /**
     * The occasion's own row from its reports: occurred if any says so (a plan then fulfilled), the
     * date of the most precise and firmest report, a flag where reports disagree on the day.
     */
    private void summarise(long occasionId) throws SQLException {
        List<Reading> readings = readingsOf(occasionId);
        boolean occurred = readings.stream().anyMatch(r -> r.status() == EventStatus.OCCURRED);
        boolean planned = readings.stream().anyMatch(r -> r.status() == EventStatus.PLANNED);
        Reading dated = readings.stream().filter(r -> r.date().known())
                .min(Comparator.comparing((Reading r) -> r.status() != EventStatus.OCCURRED && occurred)
                        .thenComparing(r -> r.date().source() == DateSource.ARTICLE_DATE)
                        .thenComparing(r -> -r.date().start().precision().ordinal())
                        .thenComparing(r -> -count(readings, r.date().start()))
                        .thenComparing(Reading::eventId))
                .orElse(null);
        Map<String, Integer> places = new LinkedHashMap<>();
        readings.stream().filter(r -> r.location() != null).forEach(r -> places.merge(r.location(), 1, Integer::sum));
        String place = places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Reading withMechanism = readings.stream().filter(r -> r.mechanism() != null).findFirst().orElse(null);
        Reading main = dated != null ? dated : readings.get(0);
        sql.update("UPDATE occasions SET status = ?, plan_fulfilled = ?, date_start = ?, date_end = ?, date_precision = ?,"
                        + " date_conflict = ?, location = ?, mechanism_id = ?, ordinal = ?,"
                        + " cameo = (SELECT cameo FROM events WHERE id = ?) WHERE id = ?",
                occurred ? "occurred" : "planned", occurred && planned ? 1 : 0,
                dated == null ? null : dated.date().start().value().toString(),
                dated == null || dated.date().end() == null ? null : dated.date().end().iso(),
                dated == null ? null : dated.date().start().precision().name().toLowerCase(java.util.Locale.ROOT),
                conflict(readings) ? 1 : 0, place,
                withMechanism == null ? null : withMechanism.mechanism(),
                withMechanism == null ? null : withMechanism.ordinal(), main.eventId(), occasionId);
        if (withMechanism != null) {
            mechanisms.addSession(withMechanism.mechanism(), occasionId, withMechanism.ordinal());
        }
    }

    private static long count(List<Reading> readings, FuzzyDate date) {
        return readings.stream().filter(r -> date.equals(r.date().start())).count();
    }

    /** Two reports whose dates do not agree even at their common precision. */
    private static boolean conflict(List<Reading> readings) {
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                EventDate a = readings.get(i).date();
                EventDate b = readings.get(j).date();
                if (a.known() && b.known() && OccasionRules.pair(a, b, Integer.MAX_VALUE) == OccasionRules.Fit.CONFLICT) {
                    return true;
                }
            }
        }
        return false;
    }
}
