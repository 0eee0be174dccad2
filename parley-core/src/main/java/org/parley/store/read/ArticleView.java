package org.parley.store.read;

import java.time.LocalDate;
import java.util.List;

/**
 * An article's original text with the evidence spans of the events read from it. {@code origin} is a file's name
 * alone (never its path on the server) or an address; {@code title} its headline as {@link SourceView} has it.
 */
public record ArticleView(String id, String sourceId, String origin, String url, String title, LocalDate published,
                          String publishedHow, String text, List<EvidenceSpan> spans) {

    public ArticleView {
        spans = List.copyOf(spans);
    }
}
