package org.parley.store.read;

import java.util.List;

/**
 * A search result: an article's text, or an event's evidence sentence, with a snippet whose matching
 * words are marked. The snippet comes as parts, so that no markup is ever mixed into article text.
 *
 * @param kind    "actor", "article" or "evidence"
 * @param eventId the event, for evidence hits; else null
 * @param title   for an evidence hit its event's type, date and participants ("meeting · 2024-03-05 · Anna Berg,
 *                Tomas Lind"); for an article its headline; for an actor the name
 * @param actorId the actor, for actor hits; else null
 * @param date    the event's date, or the article's publication date, or null
 * @param rank    lower is better
 */
public record SearchHit(String kind, String articleId, Long eventId, String title, String date,
                        List<Part> snippet, double rank, Long actorId) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    public SearchHit(String kind, String articleId, Long eventId, String title, String date, List<Part> snippet,
                     double rank) {
        this(kind, articleId, eventId, title, date, snippet, rank, null);
    }

    public SearchHit titled(String newTitle) {
        return new SearchHit(kind, articleId, eventId, newTitle, date, snippet, rank, actorId);
    }

    /** A run of snippet text; {@code match} when it is one of the words searched for. */
    public record Part(String text, boolean match) {
    }
}
