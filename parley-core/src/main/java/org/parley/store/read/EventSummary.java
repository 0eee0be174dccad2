package org.parley.store.read;

import java.util.List;

/** One row of the timeline. {@code sources} counts the articles that report the event. */
public record EventSummary(long id, String type, String status, DateView date, String location,
                           List<ParticipantView> participants, int sources, String evidence) {

    public EventSummary {
        participants = List.copyOf(participants);
    }
}
