package org.parley.extract;

import java.util.HashSet;
import java.util.List;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * Dates for exchanges whose sentence gives none of its own (they carry the article's date until here),
 * taken from an exchange reported just before that is the same occasion or holds it: the same people
 * go on, "the same day", "also", "on the sidelines of the meeting" (which also gives the session's
 * place), a meeting during an announced visit. Runs on the drafts of one article, in text order,
 * before they are merged.
 */
final class CarriedDates {

    private CarriedDates() {
    }

    static void fill(List<Draft> drafts, List<Words> sentences) {
        sameParticipants(drafts);
        sameDay(drafts, sentences);
        onTheSidelines(drafts, sentences);
        duringAPlannedVisit(drafts);
    }

    /**
     * "They signed a deal on Monday. Vucic received Szijjarto at the Presidency": a sentence with no
     * date of its own that goes on about the same people keeps the date just given.
     */
    private static void sameParticipants(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.date.source() != DateSource.ARTICLE_DATE || d.participants.size() < 2) {
                continue;
            }
            for (int j = i - 1; j >= 0 && d.sentence - drafts.get(j).sentence <= 1; j--) {
                Draft e = drafts.get(j);
                boolean strong = e.date.known() && e.date.source() != DateSource.ARTICLE_DATE;
                if (strong && e.sentence < d.sentence && new HashSet<>(e.participants).equals(new HashSet<>(d.participants))
                        && e.status == d.status && e.date.end() == null) {
                    d.date = e.date;
                    break;
                }
            }
        }
    }

    /**
     * "The same day, Saboia called on Foreign Minister Son", "Doval also called on Vice President Han": the
     * day of the exchange reported just before (for "also", the latest one of the same person), not the
     * article's date.
     */
    private static void sameDay(List<Draft> drafts, List<Words> sentences) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.date.source() != DateSource.ARTICLE_DATE) {
                continue;
            }
            Words w = sentences.get(d.sentence);
            boolean sameDay = saysSameDay(w);
            boolean also = !sameDay && subjectAlso(w) && !d.participants.isEmpty();
            if (!sameDay && !also) {
                continue;
            }
            for (int j = i - 1; j >= 0 && d.sentence - drafts.get(j).sentence <= 3; j--) {
                Draft e = drafts.get(j);
                if (also && (e.status != d.status || !e.participants.contains(d.participants.get(0)))) {
                    continue;
                }
                if (e.sentence < d.sentence && e.date.known() && e.date.source() != DateSource.ARTICLE_DATE) {
                    if (e.date.end() == null && e.date.start().precision() == DatePrecision.DAY) {
                        d.date = new EventDate(e.date.start(), null, e.date.source(), e.date.text());
                        d.status = e.status;
                    }
                    break; // the exchange just before is a range or a month: no one day to carry
                }
            }
        }
    }

    /**
     * "Albanese will travel to China from Nov. 4 to 7. Albanese will meet Xi in Beijing.": a planned
     * exchange with no date of its own, of someone whose planned visit was just announced, lies within
     * that visit (its day if the visit is one day, else its month).
     */
    private static void duringAPlannedVisit(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.status != EventStatus.PLANNED || d.date.source() != DateSource.ARTICLE_DATE
                    || d.type == EventType.VISIT) {
                continue;
            }
            for (int j = i - 1; j >= 0 && d.sentence - drafts.get(j).sentence <= 2; j--) {
                Draft visit = drafts.get(j);
                if (visit.type == EventType.VISIT && visit.status == d.status && !visit.participants.isEmpty()
                        && d.participants.contains(visit.participants.get(0)) && visit.date.known()
                        && visit.date.source() != DateSource.ARTICLE_DATE) {
                    boolean oneDay = visit.date.end() == null && visit.date.start().precision() == DatePrecision.DAY;
                    d.date = new EventDate(oneDay ? visit.date.start() : visit.date.start().coarsen(DatePrecision.MONTH),
                            null, visit.date.source(), visit.date.text());
                    break;
                }
            }
        }
    }

    /**
     * "On the sidelines of the meeting, Zhao held talks with Matviyenko": on the day and in the place
     * of the session reported just before.
     */
    private static void onTheSidelines(List<Draft> drafts, List<Words> sentences) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.type == EventType.SESSION || !sidelinesOfThe(sentences.get(d.sentence))) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft session = drafts.get(j);
                if (session.type == EventType.SESSION && session.sentence < d.sentence) {
                    if (d.date.source() == DateSource.ARTICLE_DATE && session.date.known()) {
                        d.date = session.date.end() == null ? session.date
                                : new EventDate(session.date.start().coarsen(DatePrecision.MONTH), null,
                                        session.date.source(), session.date.text());
                        d.status = session.status;
                    }
                    if (d.location == null) {
                        d.location = session.location;
                    }
                    break;
                }
            }
        }
    }

    private static boolean sidelinesOfThe(Words w) {
        for (int i = 0; i + 3 < w.size(); i++) {
            if (w.is(i, "sidelines", "margins", "sideline") && w.is(i + 1, "of") && w.is(i + 2, "the", "this")
                    && w.is(i + 3, "meeting", "session", "summit", "forum", "conference", "talks")) {
                return true;
            }
        }
        return false;
    }

    /** "Doval also called on ...": "also" before the sentence's first verb. */
    private static boolean subjectAlso(Words w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.isVerb(i)) {
                return false;
            }
            if (w.is(i, "also") && w.isVerb(i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysSameDay(Words w) {
        for (int i = 1; i < w.size(); i++) {
            if (w.is(i, "day") && (w.is(i - 1, "same") || w.is(i - 1, "that") && !w.is(i + 1, "before", "after"))) {
                return true;
            }
        }
        return false;
    }
}
