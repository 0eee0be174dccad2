package org.parley.store.read;

import java.util.List;

/** Everything about one event, with every source that reports it. */
public record EventDetail(long id, String type, String status, DateView date, String location, String mechanism,
                          String cameo, double confidence, List<ParticipantView> participants,
                          List<SourceView> sources) {

    public EventDetail {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }
}
