package org.parley.store;

import java.util.List;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Participant;

/**
 * An event as the timeline shows it: what happened, who took part and where it was read. Today each
 * event has one source; when occasions are merged across articles it will have several.
 *
 * @param id the event's id in the store
 */
public record StoredEvent(long id, EventType type, EventStatus status, EventDate date, String location,
                          String mechanism, String cameo, double confidence,
                          List<Participant> participants, List<EventSource> sources) {

    public StoredEvent {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }
}
