package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/** An event while the extractor is still building and merging it; becomes an {@code Event} at the end. */
final class Draft {

    final EventType type;
    EventStatus status;
    EventDate date;
    String location;
    final List<Integer> participants = new ArrayList<>();
    String mechanism;
    int sentence;
    double confidence;
    /** Names of the rules that found it, first the trigger's, for the event's explanation. */
    final List<String> rules = new ArrayList<>();

    Draft(EventType type, EventStatus status, EventDate date, String location, List<Integer> participants,
          String mechanism, int sentence, double confidence) {
        this.type = type;
        this.status = status;
        this.date = date;
        this.location = location;
        this.participants.addAll(participants);
        this.mechanism = mechanism;
        this.sentence = sentence;
        this.confidence = confidence;
    }

    /** Adds rule names not yet listed; returns this draft. */
    Draft because(List<String> names) {
        for (String name : names) {
            if (name != null && !rules.contains(name)) {
                rules.add(name);
            }
        }
        return this;
    }

    Draft because(String name) {
        return because(java.util.Collections.singletonList(name));
    }

    /** An independent copy, for a step that changes drafts another step made. */
    Draft copy() {
        return new Draft(type, status, date, location, participants, mechanism, sentence, confidence).because(rules);
    }
}
