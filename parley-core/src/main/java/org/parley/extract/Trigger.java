package org.parley.extract;

import org.parley.model.EventType;

/**
 * A word or phrase that states an exchange, at tokens [start, end) of a sentence.
 *
 * @param mechanism for sessions: the body's name as written, else null
 * @param rule      the name of the pattern that found it ("meet.talks_with"), shown in the event's rules
 */
record Trigger(EventType type, int start, int end, String mechanism, String rule) {

    static Trigger of(EventType type, int start, int end, String rule) {
        return new Trigger(type, start, end, null, rule);
    }
}
