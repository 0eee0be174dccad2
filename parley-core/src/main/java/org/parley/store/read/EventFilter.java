package org.parley.store.read;

import java.time.LocalDate;
import org.parley.model.Channel;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * Filters of the timeline, the network and the monthly counts; a null field does not filter.
 *
 * @param actor   a knowledge-base actor id, or a name (any spelling the knowledge base knows): its occasions
 * @param country ISO 3166 alpha-3 code: occasions with this side (named participant or not)
 * @param pair    occasions with both sides
 * @param type    the event type
 * @param status  occurred or planned
 * @param from    earliest start date, inclusive (undated events are left out)
 * @param to      latest start date, inclusive (undated events are left out)
 * @param text    words that must all occur in the evidence sentence
 * @param channel the channel the occasion runs through
 */
public record EventFilter(String actor, String country, CountryPair pair, EventType type, EventStatus status,
                          LocalDate from, LocalDate to, String text, Channel channel) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null);

    public EventFilter(String actor, String country, CountryPair pair, EventType type, EventStatus status,
                       LocalDate from, LocalDate to, String text) {
        this(actor, country, pair, type, status, from, to, text, null);
    }

    public EventFilter withActor(String actorIdOrName) {
        return new EventFilter(actorIdOrName, country, pair, type, status, from, to, text, channel);
    }

    public EventFilter withPair(CountryPair pair) {
        return new EventFilter(actor, country, pair, type, status, from, to, text, channel);
    }

    /** Whether a participant-based filter (actor, country, pair) is set. */
    public boolean byParticipant() {
        return actor != null || country != null || pair != null;
    }
}
