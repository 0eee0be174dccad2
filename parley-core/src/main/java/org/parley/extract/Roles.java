package org.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who plays which part in a sentence besides taking part: the speaker who reports it, the source
 * it is told "according to", the hosts named "at the invitation of", a possessor ("Xi's visit").
 */
final class Roles {

    private Roles() {
    }

    /**
     * The people who act in the sentence: not the one "according to" whom it is told, not a
     * speaker who "said" or "told", not the hosts "at the invitation of".
     */
    static List<Ref> actors(Words w, List<Ref> refs, int firstTrigger) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            boolean speaker = (w.is(r.end(), "said", "told", "says", "stated", "added", "noted", "revealed", "announced",
                    "confirmed", "disclosed", "reported", "explained", "declared", "stressed", "insisted")
                    || w.is(r.end(), ",") && w.is(r.end() + 1, "said", "told")) && r.kind() != Ref.Kind.COLLECTIVE;
            int titleAt = titleStart(w, r.start());
            int opening = titleAt;
            while (opening > 0 && opening > r.start() - 4 && !w.is(opening - 1, ",") && !w.isVerb(opening - 1)) {
                opening--; // "..., a government spokesman said"
            }
            // "Peskov told a briefing that Putin and Modi would meet": the speaker is not in the meeting
            boolean reports = speaker && r.end() <= firstTrigger
                    && refs.stream().anyMatch(o -> o.start() > r.end() && o.end() <= firstTrigger)
                    // "Putin will hold a meeting with Wang Yi on Tuesday, Kremlin spokesman Peskov said"
                    || speaker && r.start() > firstTrigger && w.is(opening - 1, ",")
                    && refs.stream().anyMatch(o -> o.end() <= firstTrigger);
            boolean source = w.is(r.start() - 1, "to") && w.is(r.start() - 2, "according")
                    || reports
                    || inInvitation(w, refs, r.start())
                    || represented(w, r, titleAt);
            if (!source) {
                out.add(r);
            }
        }
        return out;
    }

    /** "as President Xi's special envoy", "a representative of President Lula": the one represented was
     *  not there. */
    private static boolean represented(Words w, Ref r, int titleAt) {
        int after = r.end() + (r.possessive() && r.kind() != Ref.Kind.PRONOUN ? 1 : 0);
        if (w.is(after, "special")) {
            after++;
        }
        boolean possessiveEnvoy = r.possessive() && w.is(after, "envoy", "representative", "emissary");
        // not "on behalf of": "conveyed greetings on behalf of Xi" names the sender of a message
        boolean envoyOf = w.is(titleAt - 1, "of") && w.is(titleAt - 2, "envoy", "representative", "emissary");
        return possessiveEnvoy || envoyOf;
    }

    static int titleStart(Words w, int nameStart) {
        return TitleReader.before(w, nameStart).map(TitleReader.Title::start).orElse(nameStart);
    }

    /** Whether the person at {@code i} is named inside the "at the invitation of ..." phrase. */
    static boolean inInvitation(Words w, List<Ref> refs, int i) {
        for (int j = 0; j + 1 < w.size() && j < i; j++) {
            if (w.is(j, "invitation") && w.is(j + 1, "of")) {
                return i < invitationEnd(w, refs, j + 2);
            }
        }
        return false;
    }

    /**
     * Where the hosts of "at the invitation of" end: at the first verb, or at a comma that closes the
     * phrase. A comma followed by "and", a title or another name goes on ("Volodin, Chairman of the
     * State Duma, and Matviyenko"), unless that name is the subject of the main clause ("At the
     * invitation of Mehta, Prime Minister Sita Rai will travel to India").
     */
    static int invitationEnd(Words w, List<Ref> refs, int from) {
        int end = from;
        while (end < w.size() && !w.is(end, ",") || end < w.size() && (w.is(end + 1, "and") || refStartsAt(refs, end + 1) || w.nerIs(end + 1, "TITLE"))) {
            if (w.isVerb(end) && !w.is(end, "chairman")) {
                break;
            }
            if (w.is(end, ",") && opensMainClause(w, refs, end + 1)) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean opensMainClause(Words w, List<Ref> refs, int from) {
        for (Ref r : refs) {
            if (r.start() >= from && r.start() - from <= 8 && (r.kind() == Ref.Kind.NAME || r.kind() == Ref.Kind.TITLE)) {
                int next = r.end();
                return w.isVerb(next) || w.pos[Math.min(next, w.size() - 1)].equals("MD") && next < w.size();
            }
        }
        return false;
    }

    static Integer possessiveBefore(List<Ref> refs, int triggerStart, Words w) {
        for (Ref r : refs) {
            if (r.possessive() && r.end() <= triggerStart && triggerStart - r.end() <= 4
                    && (r.kind() != Ref.Kind.PRONOUN || w.is(r.start(), "his", "her"))) {
                boolean onlyModifiers = true;
                for (int j = r.end(); j < triggerStart; j++) {
                    if (!(w.is(j, "'s", "’s", "state", "official", "first", "working", "upcoming", "recent", "two-day", "three-day")
                            || w.pos[j].startsWith("JJ"))) {
                        onlyModifiers = false;
                    }
                }
                if (onlyModifiers) {
                    return r.persons().get(0);
                }
            }
        }
        return null;
    }

    /** "At the invitation of Viacheslav Volodin ... and ... Valentina Matviyenko": the hosts. */
    static List<Integer> invitingHosts(Words w, List<Ref> refs) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.is(i, "invitation") && w.is(i + 1, "of")) {
                return Zones.persons(Zones.refsIn(refs, i + 2, invitationEnd(w, refs, i + 2)));
            }
        }
        return List.of();
    }

    static boolean refStartsAt(List<Ref> refs, int i) {
        return refs.stream().anyMatch(r -> r.start() == i);
    }
}
