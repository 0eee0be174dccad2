package org.parley.store.read;

import java.util.List;

/**
 * A search result: an article's text, or an event's evidence sentence, with a snippet whose matching
 * words are marked. The snippet comes as parts, so that no markup is ever mixed into article text.
 *
 * @param kind    "article" or "evidence"
 * @param eventId the event, for evidence hits; else null
 * @param date    the event's date, or the article's publication date, or null
 * @param rank    lower is better
 */
public record SearchHit(String kind, String articleId, Long eventId, String title, String date,
                        List<Part> snippet, double rank) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** A run of snippet text; {@code match} when it is one of the words searched for. */
    public record Part(String text, boolean match) {
    }
}
