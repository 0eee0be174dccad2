package org.parley.store.read;

/**
 * Where an event's evidence sentence lies in its article's original text: [begin, end). {@code eventId} is
 * the occasion the sentence reports (the event page it links to).
 */
public record EvidenceSpan(long eventId, String type, int begin, int end) {
}
