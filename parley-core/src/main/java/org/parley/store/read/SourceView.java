package org.parley.store.read;

import java.time.LocalDate;

/**
 * One article reporting an occasion, what it said of it, and the sentence that states it.
 *
 * @param reportId  the per-article event row
 * @param articleId the article's key in the store (its content hash)
 * @param sourceId  the article's own id (file name, record id)
 * @param origin    the file or address it was read from: a file by its name alone, never its path on the server
 * @param title     its headline: the title, else the first line of a text that opens with one, else null
 * @param status    what this source says: occurred or planned
 * @param date      the date this source gives
 * @param begin     offset of the evidence sentence in the article's original text
 * @param end       end offset, exclusive
 */
public record SourceView(long reportId, String articleId, String sourceId, String origin, String url, String title,
                         LocalDate published, String status, DateView date, String evidence, int begin, int end) {
}
