package org.parley.extract;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.nlp.DateMentions;
import org.parley.nlp.time.DateContext;
import org.parley.nlp.time.Direction;
import org.parley.nlp.time.TimeMention;

/**
 * Picks the date of an event from the time expressions of its sentence: the first one after the
 * trigger within its clause, else the nearest one before it. With none, the article's own date is
 * used and said to be so; a vague one ("recently") leaves the date unknown.
 */
final class Dates {

    private final DateMentions found;
    private final DateContext context;
    private final org.parley.clean.Dateline dateline;

    /** @param found the date expressions the NLP stage found in the article's sentences */
    Dates(DateMentions found, org.parley.clean.Dateline dateline) {
        this.found = found;
        this.context = found.context();
        this.dateline = dateline;
    }

    LocalDate anchor() {
        return context.anchor();
    }

    /** The article's own date, or null where the anchor was only inferred from dates in the text. */
    LocalDate publicationAnchor() {
        return context.anchorSource() == DateSource.ARTICLE_DATE ? context.anchor() : null;
    }

    List<TimeMention> mentions(Words w, boolean future) {
        return found.in(w.sentence.index(), future ? Direction.FUTURE : Direction.PAST);
    }

    /** @param next the exchange stated next in the sentence (a date after it may be its own), or null */
    EventDate forTrigger(Words w, Trigger t, Trigger next, int zoneEnd, boolean future, boolean rangeAllowed) {
        List<TimeMention> all = mentions(w, future);
        TimeMention chosen = null;
        TimeMention returnDate = null;
        int duration = 0;
        boolean vague = false;
        int zoneEndOffset = zoneEnd < w.size() ? w.begin(zoneEnd) : Integer.MAX_VALUE;
        TimeMention afterZone = null;
        for (TimeMention m : all) {
            if (notEventDate(w, m) || datesAnotherOccasion(w, t, m)
                    || dateline.start() >= 0 && m.begin() >= dateline.start() && m.end() <= dateline.end()) {
                // the dateline dates the report, not the exchange
                continue;
            }
            if (m.kind() != TimeMention.Kind.DURATION && m.kind() != TimeMention.Kind.VAGUE
                    && m.begin() >= zoneEndOffset && afterZone == null) {
                // "visit to China, which runs from Sunday to Wednesday"; not "met Xi, and he met Putin in May"
                afterZone = ownClauseOfTheNext(w, next, m) ? null : m;
            }
            if (m.kind() == TimeMention.Kind.DURATION) {
                // "a two-day visit during which he will attend the commission": the visit's length, not the commission's
                if (ownDuration(w, t, m, zoneEndOffset)) {
                    duration = m.durationDays();
                }
                continue;
            }
            if (m.kind() == TimeMention.Kind.VAGUE) {
                vague = true;
                continue;
            }
            if (m.begin() >= w.end(t.end() - 1) && m.begin() < zoneEndOffset) {
                if (chosen == null || chosen.begin() < w.end(t.end() - 1)) {
                    chosen = m;
                } else if (returnDate == null && mentionsReturn(w, m)) {
                    returnDate = m;
                }
            } else if (m.end() <= w.begin(t.start()) && (chosen == null || chosen.end() <= w.begin(t.start()))) {
                chosen = m; // the nearest one before
            } else if (chosen == null && m.begin() < w.end(t.end() - 1)) {
                chosen = m;
            }
        }
        if (chosen == null && afterZone != null) {
            chosen = afterZone;
        }
        if (chosen == null || !chosen.date().known()) {
            if (chosen != null || vague || context.anchor() == null) {
                return chosen != null ? chosen.date() : EventDate.UNKNOWN;
            }
            return new EventDate(FuzzyDate.day(context.anchor()), null, DateSource.ARTICLE_DATE, null);
        }
        EventDate d = chosen.date();
        boolean ending = false;
        for (int j = Math.max(0, t.start() - 7); j < t.start(); j++) {
            ending |= w.lemmaIs(j, "conclude", "end", "wrap", "complete", "finish");
        }
        if (rangeAllowed && ending && duration > 1 && d.end() == null && d.start().precision() == DatePrecision.DAY) {
            // "concluded a two-day visit on Sunday": Sunday is the last day
            return new EventDate(FuzzyDate.day(d.start().value().minusDays(duration - 1L)), d.start(), d.source(), d.text());
        }
        if (rangeAllowed) {
            if (returnDate != null && returnDate.date().known() && d.end() == null) {
                d = new EventDate(d.start(), returnDate.date().start(), d.source(), d.text() + " … " + returnDate.text());
            } else if (duration > 1 && d.end() == null && d.start().precision() == DatePrecision.DAY) {
                d = new EventDate(d.start(), FuzzyDate.day(d.start().value().plusDays(duration - 1L)), d.source(), d.text());
            }
            return d;
        }
        if (d.end() != null && !d.end().equals(d.start()) && t.type() == EventType.MEETING && !insideAStay(w, chosen)) {
            // "From February 26 to 27, X held consultations with Y": the talks themselves took the days
            return d;
        }
        if (d.end() != null && !d.end().equals(d.start())) {
            // a meeting inside a range ("during the visit from March 20-22") is known to the month
            FuzzyDate s = d.start();
            boolean sameMonth = s.value().getYear() == d.end().value().getYear()
                    && s.value().getMonthValue() == d.end().value().getMonthValue();
            return new EventDate(sameMonth ? s.coarsen(DatePrecision.MONTH) : s.coarsen(DatePrecision.YEAR), null, d.source(), d.text());
        }
        return new EventDate(d.start(), null, d.source(), d.text());
    }

    /** The date stands after the next exchange, which has a subject of its own ("..., and he met ... in May"). */
    private static boolean ownClauseOfTheNext(Words w, Trigger nextTrigger, TimeMention m) {
        if (nextTrigger == null || m.begin() < w.end(nextTrigger.end() - 1)) {
            return false;
        }
        int s = nextTrigger.start();
        // "..., and he met Rahmon in May"; a headline's "holds phone talks with X, to visit Ottawa next month"
        return w.pos[Math.max(0, s - 1)].startsWith("PRP") || w.nerIs(s - 1, "PERSON")
                || s >= 2 && w.is(s - 1, "to") && w.is(s - 2, ",")
                || s >= 2 && w.is(s - 1, "also") && (w.pos[s - 2].startsWith("PRP") || w.nerIs(s - 2, "PERSON"));
    }

    /** A length told just before the trigger ("a three-day visit") or after it within its zone. */
    private static boolean ownDuration(Words w, Trigger t, TimeMention m, int zoneEndOffset) {
        int at = w.tokenAt(m.begin());
        return at >= t.start() - 4 && m.begin() < zoneEndOffset;
    }

    /**
     * "since being named premier in March", "trade ... by 2024", "both nations said Tuesday", "a plan
     * for 2025-2026": times that are not the event's.
     */
    private static boolean notEventDate(Words w, TimeMention m) {
        int i = w.tokenAt(m.begin());
        int last = w.tokenAt(m.end() - 1);
        if (w.lemmaIs(i - 1, "say", "announce", "tell", "report", "confirm") || w.is(i - 1, "on") && w.lemmaIs(i - 2, "say", "announce", "tell", "report")
                || w.lemmaIs(last + 1, "say", "announce", "tell", "report") && !w.is(last + 1, "saying")) {
            return true;
        }
        for (int j = i; j >= Math.max(0, i - 6); j--) {
            if (w.is(j, "since")) { // also the mention's own first word: "since 2016" is tagged whole
                return true;
            }
            if (w.is(j, ",", ";")) {
                break;
            }
        }
        boolean yearOnly = m.date().start() != null && m.date().start().precision() == DatePrecision.YEAR;
        String text = m.text().toLowerCase(java.util.Locale.ROOT);
        // "a plan of consultations for 2025-2026" says how long the plan runs; "planned for 2025" dates the event
        boolean validity = w.is(i - 1, "for") && !w.is(i - 2, "planned", "scheduled", "slated", "set", "expected", "due");
        return yearOnly && (w.is(i - 1, "by", "until", "till", "through", "to") || validity || text.startsWith("by ")
                || text.startsWith("until ") || w.is(i, "by", "until"));
    }

    /**
     * A time that is not this exchange's: one that modifies a noun or stands in a relative clause after the
     * trigger (below), or
     * "arrived in Kyiv to meet Zelensky ahead of his departure from office in August": after "ahead of",
     * "before", "after" or "following" and a noun, the time is that noun's ("departure"), not the event's.
     */
    private static boolean datesAnotherOccasion(Words w, Trigger t, TimeMention m) {
        int at = w.tokenAt(m.begin());
        int last = w.tokenAt(m.end() - 1);
        // "the March 2018 handshake", "the 2022 election": a date that modifies a noun names that thing
        boolean calendar = m.kind() == TimeMention.Kind.DATE || m.kind() == TimeMention.Kind.RANGE;
        if (calendar && w.is(at - 1, "the") && last + 1 < w.size() && w.pos[last + 1].startsWith("NN") && !w.pos[last + 1].startsWith("NNP")) {
            return true;
        }
        // "held talks with Coons, who brokered the deal in March 2018": a relative clause tells of someone else's time
        // ("a visit to China, which runs from Sunday to Wednesday" tells of the visit itself)
        for (int j = t.end(); j < at; j++) {
            boolean itself = w.lemmaIs(j + 1, "run", "last", "take", "begin", "start", "end", "continue", "span")
                    || w.lemmaIs(j + 2, "run", "last", "take", "begin", "start", "end", "continue", "span");
            if (w.is(j, "who", "whose") || w.is(j, "which") && !w.is(j - 1, "during", "in", "at") && !itself) {
                return true;
            }
        }
        for (int j = t.end(); j < at; j++) {
            boolean relation = w.is(j, "ahead") && w.is(j + 1, "of") || w.is(j, "before", "after", "following");
            if (!relation) {
                continue;
            }
            for (int k = j + 1; k < at && k <= j + 4; k++) {
                if (w.pos[k].startsWith("NN") && !w.nerIs(k, "DATE")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "during his visit to Moscow from March 20 to 22": the range is the stay's, not the talks'. */
    private static boolean insideAStay(Words w, TimeMention m) {
        int i = w.tokenAt(m.begin());
        for (int j = Math.max(0, i - 5); j < i; j++) {
            if (w.lemmaIs(j, "visit", "trip", "tour", "stay", "during", "travel", "arrive")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsReturn(Words w, TimeMention m) {
        int i = w.tokenAt(m.begin());
        for (int j = Math.max(0, i - 6); j < i; j++) {
            if (w.lemmaIs(j, "return", "leave", "depart", "end", "conclude")) {
                return true;
            }
        }
        return false;
    }
}
