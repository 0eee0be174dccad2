package org.parley.extract;

import org.parley.model.EventType;

/**
 * A word or phrase that states an exchange, at tokens [start, end) of a sentence.
 *
 * @param mechanism for sessions: the body's name as written, else null
 */
record Trigger(EventType type, int start, int end, String mechanism) {

    static Trigger of(EventType type, int start, int end) {
        return new Trigger(type, start, end, null);
    }
}
