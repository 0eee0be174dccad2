package org.parley.store.read;

/**
 * A participant of an occasion: the knowledge-base actor (its id and canonical name), the side and the
 * title the sources give. {@code actorId} is null only for a name not yet resolved.
 */
public record ParticipantView(Long actorId, String name, String country, String title) {
}
