package org.parley.store.read;

import java.util.List;

/**
 * One row of the timeline: one occasion. {@code sources} counts the articles that report it; evidence is
 * the sentence of the source whose date the occasion takes. {@code sides} are the countries taking part, named
 * participant or not, in the order the sources name them; {@code channel} the channel it runs through
 * ({@link org.parley.model.Channel#label()}), null for an occasion stored before channels were known.
 */
public record EventSummary(long id, String type, String status, DateView date, String location,
                           List<ParticipantView> participants, int sources, String evidence,
                           boolean planFulfilled, boolean dateConflict, List<String> sides, String channel) {

    public EventSummary {
        participants = List.copyOf(participants);
        sides = List.copyOf(sides);
    }
}
