package org.parley.store.read;

import java.util.List;

/**
 * Everything about one occasion, with every source that reports it.
 *
 * @param planFulfilled a source announced it as planned and another reports it held
 * @param conflict      when the sources disagree on the date, who says what ("“A” says 2023-07-10, “B” says
 *                      2023-07-11"); else null. Each source's own date is in {@link SourceView#date()}.
 * @param confidence    the highest of the sources'
 * @param sides         the countries taking part, named participant or not
 * @param channel       the channel it runs through ({@link org.parley.model.Channel#label()}), or null
 */
public record EventDetail(long id, String type, String status, DateView date, String location, String mechanism,
                          Integer ordinal, String cameo, double confidence, boolean planFulfilled, String conflict,
                          List<ParticipantView> participants, List<SourceView> sources, List<String> sides,
                          String channel) {

    public EventDetail {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
        sides = List.copyOf(sides);
    }
}
