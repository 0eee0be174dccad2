package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.model.EventType;

/**
 * Finds the words that state an exchange in one sentence, by type, with the named rules of
 * {@code patterns/triggers.tokensregex}. Sessions come from {@link MechanismFinder}.
 */
final class TriggerFinder {

    private TriggerFinder() {
    }

    static List<Trigger> find(Words w, List<Trigger> sessions) {
        return find(w, sessions, TriggerPatterns.triggers());
    }

    static List<Trigger> find(Words w, List<Trigger> sessions, TriggerPatterns patterns) {
        List<Trigger> out = new ArrayList<>(sessions);
        TriggerPatterns.Match[][] decisions = patterns.decide(w);
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            if (sessions.stream().anyMatch(s -> at >= s.start() && at < s.end())) {
                continue;
            }
            Trigger t = firstFound(decisions[i]);
            if (t != null) {
                out.add(t);
                i = t.end() - 1;
            }
        }
        out.sort(Comparator.comparingInt(Trigger::start));
        return dropRepeatedMessages(out);
    }

    /** The first type, in the rules' order, whose deciding rule at this token finds a trigger. */
    private static Trigger firstFound(TriggerPatterns.Match[] byType) {
        for (TriggerPatterns.Match m : byType) {
            if (m != null && !m.rule().unless()) {
                return Trigger.of(m.rule().type(), m.start(), m.end(), m.rule().name());
            }
        }
        return null;
    }

    /** "greetings ... and best wishes" or a second "congratulations" in one sentence state one message. */
    private static List<Trigger> dropRepeatedMessages(List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>();
        Trigger lastMessage = null;
        for (Trigger t : triggers) {
            if (t.type() == EventType.MESSAGE && lastMessage != null && t.start() - lastMessage.end() < 6) {
                continue;
            }
            if (t.type() == EventType.MESSAGE) {
                lastMessage = t;
            }
            out.add(t);
        }
        return out;
    }
}
