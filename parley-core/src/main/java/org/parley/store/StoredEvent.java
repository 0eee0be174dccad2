package org.parley.store;

import java.util.List;
import org.parley.model.Channel;
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
 * @param sides         the countries taking part, named participant or not, in the order the sources name them
 * @param channel       the channel the occasion runs through, or null when not known
 */
public record StoredEvent(long id, EventType type, EventStatus status, EventDate date, String location,
                          String mechanism, String cameo, double confidence,
                          List<Participant> participants, List<EventSource> sources,
                          List<Long> actorIds, boolean planFulfilled, boolean dateConflict,
                          List<String> sides, Channel channel) {

    public StoredEvent {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
        actorIds = List.copyOf(actorIds);
        sides = List.copyOf(sides);
    }

    public StoredEvent(long id, EventType type, EventStatus status, EventDate date, String location,
                       String mechanism, String cameo, double confidence,
                       List<Participant> participants, List<EventSource> sources,
                       List<Long> actorIds, boolean planFulfilled, boolean dateConflict) {
        this(id, type, status, date, location, mechanism, cameo, confidence, participants, sources, actorIds,
                planFulfilled, dateConflict, participants.stream().map(Participant::country)
                        .filter(java.util.Objects::nonNull).distinct().toList(), null);
    }

    public StoredEvent(long id, EventType type, EventStatus status, EventDate date, String location,
                       String mechanism, String cameo, double confidence,
                       List<Participant> participants, List<EventSource> sources) {
        this(id, type, status, date, location, mechanism, cameo, confidence, participants, sources, List.of(),
                false, false);
    }
}
