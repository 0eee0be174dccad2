package org.parley.store.read;

/** Another participant of an actor's events, with the number of events they shared. */
public record Counterpart(String actorId, String name, String country, int events) {
}
