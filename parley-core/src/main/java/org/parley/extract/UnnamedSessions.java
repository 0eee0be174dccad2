package org.parley.extract;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventType;

/**
 * "Mishustin will hold talks with Li on Wednesday. The event will mark the 25th regular meeting of the
 * heads of government": a session reported with nobody named is held by the officials of the article's
 * talks between two sides, the nearest such talks of the same status first.
 */
final class UnnamedSessions {

    private UnnamedSessions() {
    }

    static void borrowParticipants(List<Draft> drafts, ArticlePeople people) {
        for (Draft session : drafts) {
            if (session.type != EventType.SESSION || !session.participants.isEmpty()) {
                continue;
            }
            Draft talks = nearestTalks(session, drafts, people, true);
            if (talks == null) {
                talks = nearestTalks(session, drafts, people, false);
            }
            if (talks != null) {
                session.participants.addAll(talks.participants);
            }
        }
    }

    private static Draft nearestTalks(Draft session, List<Draft> drafts, ArticlePeople people, boolean sameStatus) {
        Draft best = null;
        for (Draft d : drafts) {
            boolean talks = d.type == EventType.MEETING || d.type == EventType.CALL;
            if (!talks || sameStatus && d.status != session.status || !twoSides(d, people)) {
                continue;
            }
            if (best == null || Math.abs(d.sentence - session.sentence) < Math.abs(best.sentence - session.sentence)) {
                best = d;
            }
        }
        return best;
    }

    private static boolean twoSides(Draft d, ArticlePeople people) {
        return d.participants.stream().map(id -> people.person(id).side()).filter(Objects::nonNull)
                .distinct().count() >= 2;
    }
}
