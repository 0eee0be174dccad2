package org.parley.store.read;

/** A title an actor held: the first and last event dates it was given for (null if undated), and how often. */
public record TitleSpan(String title, String first, String last, int events) {
}
