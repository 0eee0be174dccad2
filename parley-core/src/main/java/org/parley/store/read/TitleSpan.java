package org.parley.store.read;

/**
 * A title an actor held, as the sources show it: the first and last article dates (ISO, or null), the
 * sentence that first showed it and the article it came from (null for an imported title).
 */
public record TitleSpan(String title, String first, String last, String evidence, String articleId) {
}
