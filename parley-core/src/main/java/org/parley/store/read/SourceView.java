package org.parley.store.read;

import java.time.LocalDate;

/**
 * One article reporting an event, and the sentence that states it.
 *
 * @param articleId the article's key in the store (its content hash)
 * @param sourceId  the article's own id (file name, record id)
 * @param begin     offset of the evidence sentence in the article's original text
 * @param end       end offset, exclusive
 */
public record SourceView(String articleId, String sourceId, String origin, String url, String title,
                         LocalDate published, String evidence, int begin, int end) {
}
