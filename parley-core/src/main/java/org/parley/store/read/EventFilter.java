package org.parley.store.read;

import java.time.LocalDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * Filters of the timeline, the network and the monthly counts; a null field does not filter.
 *
 * @param actor   a knowledge-base actor id, or a name (any spelling the knowledge base knows): its occasions
 * @param country ISO 3166 alpha-3 code: events with a participant of this side
 * @param pair    events with participants of both sides
 * @param type    the event type
 * @param status  occurred or planned
 * @param from    earliest start date, inclusive (undated events are left out)
 * @param to      latest start date, inclusive (undated events are left out)
 * @param text    words that must all occur in the evidence sentence
 */
public record EventFilter(String actor, String country, CountryPair pair, EventType type, EventStatus status,
                          LocalDate from, LocalDate to, String text) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null);

    public EventFilter withActor(String actorIdOrName) {
        return new EventFilter(actorIdOrName, country, pair, type, status, from, to, text);
    }

    /** Whether a participant-based filter (actor, country, pair) is set. */
    public boolean byParticipant() {
        return actor != null || country != null || pair != null;
    }
}
