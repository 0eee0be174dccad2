package org.parley.store.read;

/** Where an event's evidence sentence lies in its article's original text: [begin, end). */
public record EvidenceSpan(long eventId, String type, int begin, int end) {
}
