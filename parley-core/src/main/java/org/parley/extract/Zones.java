package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stretches of a sentence that belong to each trigger: the subject before the first one, the
 * object after each one up to the next trigger or a clause break ("said", "which", ";").
 */
final class Zones {

    private Zones() {
    }

    private static final Set<String> ZONE_STOPS = Set.of(
            ";", "said", "saying", "says", "adding", "noting", "stressing", "where", "which", "while",
            "according", "but", "“", "\"");

    static boolean boundaryBetween(Words w, int from, int to) {
        for (int j = from; j < to; j++) {
            if (w.is(j, ";", "said", "says", "while", "but")) {
                return true;
            }
        }
        return false;
    }

    /** "have met four times", "meeting regularly": a pattern of meetings, not one occasion. */
    static boolean aggregate(Words w, Trigger t) {
        for (int j = t.end(); j < Math.min(w.size(), t.end() + 4); j++) {
            if (w.is(j, "regularly", "frequently", "often", "repeatedly", "routinely")
                    || w.is(j, "times") && (w.nerIs(j - 1, "NUMBER") || w.is(j - 1, "several", "many", "multiple", "of"))) {
                return true;
            }
        }
        return false;
    }

    /** A later trigger after a clause break ("; X met Y") has its own subject. */
    static List<Ref> ownSubject(Words w, List<Ref> refs, List<Trigger> triggers, int k, List<Ref> subject) {
        if (k == 0) {
            return subject;
        }
        int from = triggers.get(k - 1).end();
        for (int j = triggers.get(k).start() - 1; j >= from; j--) {
            if (w.is(j, ";") || w.is(j, "during") && w.is(j + 1, "which")) {
                List<Ref> own = refsIn(refs, j, triggers.get(k).start());
                return own.isEmpty() ? subject : own;
            }
        }
        return subject;
    }

    static int zoneEnd(Words w, Trigger t, int next) {
        for (int j = t.end(); j < next; j++) {
            if (ZONE_STOPS.contains(w.lower[j]) && !(w.is(j, "which") && w.is(j - 1, "during"))) {
                return j;
            }
            // "was signed after the two ministers held talks": the next exchange has its own subject
            if (next < w.size() && w.is(j, "after", "before", "when", "once") && w.isVerb(next - 1) && next - j <= 8) {
                return j;
            }
        }
        return next;
    }

    static List<Ref> refsIn(List<Ref> refs, int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.start() >= from && r.end() <= to) {
                out.add(r);
            }
        }
        return out;
    }

    static List<Integer> persons(List<Ref> refs) {
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        for (Ref r : refs) {
            out.addAll(r.persons());
        }
        return new ArrayList<>(out);
    }

    static boolean lowerIn(Words w, int from, int to, String... words) {
        for (int j = from; j < Math.min(to, w.size()); j++) {
            if (w.is(j, words)) {
                return true;
            }
        }
        return false;
    }
}
