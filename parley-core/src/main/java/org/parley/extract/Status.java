package org.parley.extract;

import java.util.List;

import java.time.LocalDate;
import java.util.Set;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;

/** Occurred or planned: from the words around the trigger, then from the date against the article's date. */
final class Status {

    private static final Set<String> MODALS = Set.of(
            "will", "would", "shall", "'ll", "wo");
    private static final Set<String> NEAR_CUES = Set.of(
            "upcoming", "forthcoming", "expected", "scheduled", "due", "plans", "planned", "planning",
            "preparing", "prepare", "set", "intends", "intend", "next", "proposed", "proposing", "proposes", "invited",
            "invites", "inviting",
            "agreed", "ready", "going", "looks", "looking");
    private static final Set<String> SENTENCE_CUES = Set.of(
            "hope", "hopes", "hoping", "wish", "wishes", "expects");
    private static final Set<String> TAKE_PART_VERBS = Set.of(
            "meet", "visit", "hold", "attend", "sign", "take", "participate", "join", "host", "receive",
            "travel", "arrive", "talk", "call", "pay", "make", "have", "co-chair", "chair", "organize",
            "organise", "convene", "send", "engage", "discuss", "begin", "start", "undertake", "embark",
            "conduct", "go", "fly", "head", "lead", "sit", "confer", "speak");
    /** Past verbs of a completed trip: an infinitive of purpose after them tells what was done there. */
    private static final Set<String> TRIP_VERBS = Set.of(
            "visit", "travel", "go", "come", "arrive", "fly", "make", "pay", "stop", "land", "head", "leave",
            "return", "journey", "lead", "be");

    private Status() {
    }

    /**
     * The name of the first PLANNED rule of the sentence's parse ({@code patterns/frames.semgrex}) that
     * is about a word of the trigger, or null.
     */
    static String plannedByParse(Trigger t, List<SyntaxPatterns.Match> syntax) {
        for (SyntaxPatterns.Match m : syntax) {
            int word = m.node(SyntaxPatterns.TRIGGER_NODE);
            if (m.rule().kind() == SyntaxPatterns.Kind.PLANNED && word >= t.start() && word < t.end()) {
                return m.rule().name();
            }
        }
        return null;
    }

    static boolean plannedByWords(Words w, Trigger t) {
        // eight words back: a longer reach found "will" of other clauses as often as its own (tried on the
        // wide set and on our own styles: one gained what the other lost)
        int from = Math.max(0, t.start() - 8);
        for (int j = t.start() - 1; j >= from; j--) {
            if (w.is(j, ";", ".") || w.is(j, "said", "says") || w.is(j, "who") && j < t.start() - 3) {
                break;
            }
            if (MODALS.contains(w.lower[j]) || NEAR_CUES.contains(w.lower[j])) {
                return true;
            }
            if (w.is(j, "ahead") && w.is(j + 1, "of") && j + 2 >= t.start() - 3) {
                return true;
            }
        }
        // "to meet", "to attend the ...", "to take part in": an infinitive of taking part right before
        for (int j = t.start() - 1; j >= Math.max(0, t.start() - 4); j--) {
            if (w.is(j, "to") && (j == t.start() - 1 || TAKE_PART_VERBS.contains(w.lemma[j + 1]))
                    && !w.is(j - 1, "went", "came", "travelled", "traveled", "returned", "due", "invitation")
                    && !w.isVerb(j - 1) && !purposeOfCompletedTrip(w, j)
                    || w.is(j, "to") && w.is(j - 1, "due", "set", "going", "ready", "expected", "scheduled", "is", "are")) {
                return true;
            }
        }
        // "The visit will take place ...", "the consultations ... are expected to cover"
        int limit = Math.min(w.size(), t.end() + 8);
        for (int j = t.end(); j < limit; j++) {
            if (w.is(j, ",") && t.mechanism() != null) {
                // "The Sino-German consultations, led by X and Y, are expected to ...": skip the aside
                int close = j + 1;
                while (close < Math.min(w.size(), j + 14) && !w.is(close, ",")) {
                    close++;
                }
                if (close < w.size() && w.is(close, ",")) {
                    j = close;
                    limit = Math.min(w.size(), close + 6);
                    continue;
                }
            }
            if (w.is(j, "who", "which", "that", ";") || w.isVerb(j) && !w.is(j, "is", "are", "be", "was") && !MODALS.contains(w.lower[j])
                    && !w.is(j, "expected", "scheduled", "set", "due", "planned", "held")) {
                break;
            }
            if (MODALS.contains(w.lower[j]) || w.is(j, "expected", "scheduled", "due", "set", "planned") && w.is(j - 1, "is", "are", "be")) {
                return true;
            }
        }
        for (int j = 0; j < t.start(); j++) {
            if (SENTENCE_CUES.contains(w.lower[j]) && !w.is(j + 1, "to") || w.is(j, "looks") && w.is(j + 1, "forward")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ruto visited State House on Sunday to hold talks", "Wang made a stop in Fortaleza to meet Lula": an
     * infinitive of purpose whose clause reports a trip as done states what was done there. Read back from
     * the "to" to the nearest verb that is not inside a name or a number: a past verb of travel settles it.
     */
    static boolean purposeOfCompletedTrip(Words w, int to) {
        for (int j = to - 1; j >= 0; j--) {
            if (w.is(j, ";", ":") || w.is(j, "said", "says", "told", "announced") || MODALS.contains(w.lower[j])
                    || NEAR_CUES.contains(w.lower[j]) || w.is(j, "to")) {
                return false;
            }
            if (w.pos[j].equals("VBD") || w.pos[j].equals("VBN") && (w.is(j - 1, "has", "have", "had"))) {
                return TRIP_VERBS.contains(w.lemma[j]) && !(w.lemma[j].equals("be") && !w.is(j + 1, "in", "at"));
            }
        }
        return false;
    }

    /** "is meeting ... on Thursday": the present progressive speaks of an arrangement ahead. */
    static boolean progressive(Words w, Trigger t) {
        return w.pos[t.start()].equals("VBG") && w.is(t.start() - 1, "is", "are");
    }

    /**
     * The words decide; a date settles only what the words leave open, and only against the article's own
     * date: a day after it lies ahead, a day before it is past, a range around it is under way.
     */
    static EventStatus decide(boolean plannedByWords, EventDate when, LocalDate publication, Words w, Trigger t) {
        if (plannedByWords) {
            boolean reportedEarlier = publication != null && when.known() && when.start().precision() == DatePrecision.DAY
                    && when.start().value().isBefore(publication) && announcedBefore(w, t);
            // "Earlier, the spokeswoman announced that Wang will travel to Russia on December 1-2", read on
            // December 2: what was ahead when announced has begun by the article's date
            return reportedEarlier ? EventStatus.OCCURRED : EventStatus.PLANNED;
        }
        if (publication != null && when.known() && !pastByWords(w, t) && after(when.start(), publication)) {
            return EventStatus.PLANNED; // "Putin's May visit to China", in April
        }
        return EventStatus.OCCURRED;
    }

    /** Whether the date lies after the publication date at the date's own precision (a month after its month). */
    private static boolean after(org.parley.model.FuzzyDate date, LocalDate publication) {
        LocalDate d = date.value();
        return switch (date.precision()) {
            case DAY -> d.isAfter(publication);
            case MONTH -> d.getYear() * 12 + d.getMonthValue() > publication.getYear() * 12 + publication.getMonthValue();
            default -> false; // a year says too little: "in 2025" may be a plan or a look back
        };
    }

    /** A past reporting verb before the trigger: "announced ... that X will", "said on Friday that X would". */
    private static boolean announcedBefore(Words w, Trigger t) {
        for (int j = 0; j < t.start(); j++) {
            if (w.pos[j].equals("VBD") && w.lemmaIs(j, "announce", "say", "report", "tell", "confirm", "state")) {
                return true;
            }
        }
        return false;
    }

    /** "met", "held talks", "has visited": the trigger or the verb that governs it is in a past tense. */
    static boolean pastByWords(Words w, Trigger t) {
        for (int j = t.start(); j >= Math.max(0, t.start() - 4); j--) {
            if (w.pos[j].equals("VBD") || w.pos[j].equals("VBN") && w.is(j - 1, "has", "have", "had", "was", "were")) {
                return true;
            }
            if (w.isPunct(j) && j < t.start()) {
                return false;
            }
        }
        return false;
    }
}
