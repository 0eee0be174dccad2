package org.parley.store;

import java.time.LocalDate;

/**
 * Where an event was read: the article and the sentence that states it.
 *
 * @param articleId the article's content hash (its key in the store)
 * @param sourceId  the article's own id ({@code Article.id()}: file name, record id)
 * @param origin    the file or record it was read from
 * @param url       the page's URL, or null
 * @param published the article's date, or null
 * @param evidence  the sentence, verbatim
 * @param begin     offset of the sentence in the article's original text
 * @param end       end offset (exclusive)
 */
public record EventSource(String articleId, String sourceId, String origin, String url, LocalDate published,
                          String evidence, int begin, int end) {
}
