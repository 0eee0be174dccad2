package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.EventType;

/**
 * "Mishustin will hold talks with Li on Wednesday. The event will mark the 25th regular meeting of the
 * heads of government": a session reported with nobody named, or with one of the talks' officials alone,
 * is held by the officials of the article's talks between two sides, the nearest such talks of the same
 * status first. Where the sentence says the
 * talks were the session ("The talks were the sixth round of ...", "This will be the twentieth round"),
 * the two are one event (GOLD.md, "Session or meeting") and the talks give way to the session.
 */
final class UnnamedSessions {

    private UnnamedSessions() {
    }

    static void borrowParticipants(List<Draft> drafts, ArticlePeople people, List<Words> sentences) {
        List<Draft> heldAsSession = new ArrayList<>();
        for (Draft session : drafts) {
            if (session.type != EventType.SESSION || sides(session, people) >= 2) {
                continue;
            }
            Draft talks = nearestTalks(session, drafts, people, true);
            if (talks == null) {
                talks = nearestTalks(session, drafts, people, false);
            }
            if (talks != null && (session.participants.isEmpty() || talks.participants.containsAll(session.participants))) {
                for (Integer p : talks.participants) {
                    if (!session.participants.contains(p)) {
                        session.participants.add(p);
                    }
                }
                if (namedAsSessionAfter(talks, sentences)) {
                    heldAsSession.add(talks);
                }
            }
        }
        drafts.removeAll(heldAsSession);
    }

    /** One of the three sentences after the talks says they were a session of a standing format. */
    private static boolean namedAsSessionAfter(Draft talks, List<Words> sentences) {
        for (int i = talks.sentence + 1; i <= talks.sentence + 3 && i < sentences.size(); i++) {
            Words w = sentences.get(i);
            if (talksAreTheSession(w) && !MechanismFinder.find(w).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "The talks were the sixth round of", "This will be the twentieth round", "The event will mark the". */
    private static boolean talksAreTheSession(Words w) {
        int i;
        if (w.is(0, "this", "it")) {
            i = 1;
        } else if (w.is(0, "the", "these", "this", "their")
                && w.is(1, "talks", "meeting", "event", "consultations", "discussions", "negotiations", "conversation")) {
            i = 2;
        } else {
            return false;
        }
        if (w.is(i, "will", "would")) {
            i++;
        }
        return w.lemmaIs(i, "be", "mark", "constitute");
    }

    private static Draft nearestTalks(Draft session, List<Draft> drafts, ArticlePeople people, boolean sameStatus) {
        Draft best = null;
        for (Draft d : drafts) {
            boolean talks = d.type == EventType.MEETING || d.type == EventType.CALL;
            if (!talks || sameStatus && d.status != session.status || sides(d, people) < 2) {
                continue;
            }
            if (best == null || Math.abs(d.sentence - session.sentence) < Math.abs(best.sentence - session.sentence)) {
                best = d;
            }
        }
        return best;
    }

    private static long sides(Draft d, ArticlePeople people) {
        return d.participants.stream().map(id -> people.person(id).side()).filter(Objects::nonNull).distinct().count();
    }
}
