package org.parley.store.read;

/** An actor of the knowledge base in a list: its name, side, and how many occasions it took part in. */
public record ActorSummary(long id, String kind, String name, String country, int events) {
}
