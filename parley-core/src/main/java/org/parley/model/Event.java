package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * One diplomatic exchange read from one sentence of one article.
 *
 * @param type         meeting, visit, call, session, agreement, message
 * @param status       occurred or planned
 * @param date         when, with how it was found
 * @param location     city (or country) as named, or null
 * @param participants people taking part; for a visit the visitor comes first
 * @param mechanism    the standing body or format for sessions ("9th meeting of the ... Committee"), or null
 * @param evidence     the sentence that states it
 * @param cameo        CAMEO event code ("042")
 * @param confidence   0..1, how sure the extractor is
 * @param rules        why: the names of the extraction rules that found it ("meet.talks_with"), the trigger's
 *                     first; empty when not known (an event read back from a store)
 */
public record Event(EventType type, EventStatus status, EventDate date, String location,
                    List<Participant> participants, String mechanism, Evidence evidence,
                    String cameo, double confidence, List<String> rules) {

    /** An event whose rules are not known. */
    public Event(EventType type, EventStatus status, EventDate date, String location,
                 List<Participant> participants, String mechanism, Evidence evidence, String cameo,
                 double confidence) {
        this(type, status, date, location, participants, mechanism, evidence, cameo, confidence, List.of());
    }

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
