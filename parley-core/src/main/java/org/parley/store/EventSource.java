package org.parley.store;

import java.time.LocalDate;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;

/**
 * Where an event was read: the article, the sentence that states it, and what that article said
 * of it (its own date and status), so that sources that disagree stay visible.
 *
 * @param articleId the article's content hash (its key in the store)
 * @param sourceId  the article's own id ({@code Article.id()}: file name, record id)
 * @param origin    the file or record it was read from
 * @param url       the page's URL, or null
 * @param published the article's date, or null
 * @param evidence  the sentence, verbatim
 * @param begin     offset of the sentence in the article's original text
 * @param end       end offset (exclusive)
 * @param eventId   the per-article events row, or 0 when not known
 * @param status    what this source said: occurred or planned, or null when not known
 * @param date      the date this source gave, or null when not known
 */
public record EventSource(String articleId, String sourceId, String origin, String url, LocalDate published,
                          String evidence, int begin, int end, long eventId, EventStatus status, EventDate date) {

    public EventSource(String articleId, String sourceId, String origin, String url, LocalDate published,
                       String evidence, int begin, int end) {
        this(articleId, sourceId, origin, url, published, evidence, begin, end, 0, null, null);
    }
}
