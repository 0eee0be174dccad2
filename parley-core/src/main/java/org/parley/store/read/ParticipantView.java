package org.parley.store.read;

/** A participant of an event, with the id of the actor page it links to. */
public record ParticipantView(String actorId, String name, String country, String title) {
}
