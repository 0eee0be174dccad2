package org.parley.store;

/** A title an actor was seen with: first and last article date (ISO, or null), and the sentence that showed it. */
public record ActorTitle(String title, String firstSeen, String lastSeen, String evidence) {
}
