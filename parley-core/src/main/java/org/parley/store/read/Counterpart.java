package org.parley.store.read;

/** Another actor taking part in an actor's occasions, with the number of occasions they shared. */
public record Counterpart(long actorId, String name, String country, int events) {
}
