package org.parley.store.read;

import java.util.List;

/**
 * One row of the timeline: one occasion. {@code sources} counts the articles that report it; evidence is
 * the sentence of the source whose date the occasion takes.
 */
public record EventSummary(long id, String type, String status, DateView date, String location,
                           List<ParticipantView> participants, int sources, String evidence,
                           boolean planFulfilled, boolean dateConflict) {

    public EventSummary {
        participants = List.copyOf(participants);
    }
}
