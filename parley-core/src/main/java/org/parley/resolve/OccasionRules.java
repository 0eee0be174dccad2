package org.parley.resolve;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.Gazetteer;
import org.parley.lexicon.NameKey;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;

/**
 * When a new report is the same occasion as reports already grouped: same type, the same people
 * (visit: the visitor; message: sender and recipient; session: the same body and number), dates
 * that agree, and places that do not contradict. Pure functions, no database.
 */
final class OccasionRules {

    /** How well a report fits an occasion, best first. */
    enum Fit {
        /** Same date at the same precision. */
        EXACT,
        /** Equal at the coarser precision, or a day inside the other's range. */
        COMPATIBLE,
        /** One side has no date; the article's date puts the report just after the occasion. */
        UNDATED,
        /** Days a little apart with strong other evidence: a conflict to show, not a second occasion. */
        CONFLICT,
        NONE
    }

    /** How long after an occasion an article may report it without giving its date. */
    private static final int REPORT_LAG_DAYS = 60;
    private static final int CONFLICT_DAYS = 2;
    private static final int SESSION_CONFLICT_DAYS = 7;

    private OccasionRules() {
    }

    static Fit fit(List<Reading> occasion, Reading r) {
        if (occasion.isEmpty() || r.actors().isEmpty() && r.mechanism() == null
                || occasion.stream().anyMatch(o -> o.articleId().equals(r.articleId()) || o.type() != r.type())) {
            // one article's events were already grouped by the extractor: two of them are two occasions
            return Fit.NONE;
        }
        if (!samePeople(occasion, r) || placesContradict(occasion, r)) {
            return Fit.NONE;
        }
        Fit fit = dateFit(occasion, r);
        boolean thin = r.actors().size() < 2 && !sameSession(occasion, r) && r.type() != EventType.VISIT;
        if (thin && fit != Fit.EXACT) {
            return Fit.NONE; // one named person is weak evidence: only the very same day joins
        }
        return fit;
    }

    /** Actors shared with the occasion's reports, to rank occasions that fit equally well. */
    static int shared(List<Reading> occasion, Reading r) {
        Set<Long> all = new HashSet<>();
        occasion.forEach(o -> all.addAll(o.actors()));
        return (int) r.actors().stream().filter(all::contains).count();
    }

    static boolean samePeople(List<Reading> occasion, Reading r) {
        if (r.type() == EventType.SESSION && r.mechanism() != null
                && occasion.stream().anyMatch(o -> o.mechanism() != null)) {
            return sameSession(occasion, r);
        }
        return switch (r.type()) {
            case VISIT -> !r.actors().isEmpty()
                    && occasion.stream().anyMatch(o -> !o.actors().isEmpty() && o.actors().get(0).equals(r.actors().get(0)));
            case MESSAGE -> occasion.stream().anyMatch(o -> sameSenderAndRecipient(o.actors(), r.actors()));
            default -> {
                int shared = shared(occasion, r);
                int smallest = occasion.stream().mapToInt(o -> o.actors().size()).min().orElse(0);
                yield shared >= 1 && shared >= Math.min(2, Math.min(r.actors().size(), smallest));
            }
        };
    }

    private static boolean sameSession(List<Reading> occasion, Reading r) {
        if (r.mechanism() == null) {
            return false;
        }
        for (Reading o : occasion) {
            if (o.mechanism() != null && !o.mechanism().equals(r.mechanism())
                    || o.ordinal() != null && r.ordinal() != null && !o.ordinal().equals(r.ordinal())) {
                return false;
            }
        }
        return occasion.stream().anyMatch(o -> r.mechanism().equals(o.mechanism()));
    }

    private static boolean sameSenderAndRecipient(List<Long> a, List<Long> b) {
        if (a.isEmpty() || b.isEmpty() || !a.get(0).equals(b.get(0))) {
            return false;
        }
        return a.size() < 2 || b.size() < 2 || a.get(1).equals(b.get(1));
    }

    static boolean placesContradict(List<Reading> occasion, Reading r) {
        String country = countryOf(r.location());
        if (country == null) {
            return false;
        }
        return occasion.stream().map(o -> countryOf(o.location())).anyMatch(c -> c != null && !c.equals(country));
    }

    private static String countryOf(String place) {
        return place == null ? null : Gazetteer.get().countryOfPlace(place);
    }

    static Fit dateFit(List<Reading> occasion, Reading r) {
        List<Reading> dated = occasion.stream().filter(o -> o.date().known()).toList();
        if (!r.date().known()) {
            return dated.stream().anyMatch(o -> reportedAfter(r, o.date())) ? Fit.UNDATED : Fit.NONE;
        }
        if (dated.isEmpty()) {
            return occasion.stream().anyMatch(o -> reportedAfter(o, r.date())) ? Fit.UNDATED : Fit.NONE;
        }
        Fit best = Fit.NONE;
        for (Reading o : dated) {
            Fit f = pair(o.date(), r.date(), strongSameness(o, r));
            if (f == Fit.NONE) {
                return Fit.NONE; // disagreeing with any dated report of the occasion is another occasion
            }
            best = f.compareTo(best) < 0 ? f : best;
        }
        return best;
    }

    /** Whether {@code reader}'s article date falls on or just after {@code date}. */
    private static boolean reportedAfter(Reading reader, EventDate date) {
        if (reader.published() == null || date == null || !date.known()) {
            return false;
        }
        long lag = ChronoUnit.DAYS.between(date.start().value(), reader.published());
        return lag >= 0 && lag <= REPORT_LAG_DAYS;
    }

    /** Days apart may be a reporting conflict: same body and number, or same people in the same place. */
    private static int strongSameness(Reading o, Reading r) {
        if (r.ordinal() != null && r.ordinal().equals(o.ordinal()) && r.mechanism() != null
                && r.mechanism().equals(o.mechanism())) {
            return SESSION_CONFLICT_DAYS;
        }
        boolean samePlace = o.location() != null && r.location() != null
                && NameKey.fold(o.location()).equals(NameKey.fold(r.location()));
        boolean samePeople = new HashSet<>(o.actors()).equals(new HashSet<>(r.actors())) && r.actors().size() >= 2;
        return samePlace && samePeople ? CONFLICT_DAYS : 0;
    }

    static Fit pair(EventDate a, EventDate b, int conflictDays) {
        FuzzyDate x = a.start();
        FuzzyDate y = b.start();
        DatePrecision p = x.precision().compareTo(y.precision()) <= 0 ? x.precision() : y.precision();
        if (x.coarsen(p).equals(y.coarsen(p))) {
            return x.precision() == y.precision() ? Fit.EXACT : Fit.COMPATIBLE;
        }
        if (inside(y, a) || inside(x, b)) {
            return Fit.COMPATIBLE;
        }
        if (x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY
                && Math.abs(ChronoUnit.DAYS.between(x.value(), y.value())) <= conflictDays) {
            return Fit.CONFLICT;
        }
        return Fit.NONE;
    }

    private static boolean inside(FuzzyDate day, EventDate range) {
        return range.end() != null && !day.value().isBefore(range.start().value())
                && !day.value().isAfter(range.end().value());
    }
}
