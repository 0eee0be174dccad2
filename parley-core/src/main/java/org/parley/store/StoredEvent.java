package org.parley.store;

import java.util.List;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Participant;

/**
 * One real occasion as the timeline shows it: what happened, who took part, and every article that
 * reported it, each with its own evidence, date and status.
 *
 * @param id            the occasion's id in the store
 * @param actorIds      the knowledge-base actor of each participant, in the same order
 * @param planFulfilled a source announced it as planned and another reports it happened
 * @param dateConflict  sources give dates that disagree; see each source's own date
 */
public record StoredEvent(long id, EventType type, EventStatus status, EventDate date, String location,
                          String mechanism, String cameo, double confidence,
                          List<Participant> participants, List<EventSource> sources,
                          List<Long> actorIds, boolean planFulfilled, boolean dateConflict) {

    public StoredEvent {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
        actorIds = List.copyOf(actorIds);
    }

    public StoredEvent(long id, EventType type, EventStatus status, EventDate date, String location,
                       String mechanism, String cameo, double confidence,
                       List<Participant> participants, List<EventSource> sources) {
        this(id, type, status, date, location, mechanism, cameo, confidence, participants, sources, List.of(),
                false, false);
    }
}
