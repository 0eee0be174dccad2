package org.parley.store.read;

import java.time.LocalDate;
import java.util.List;

/** An article's original text with the evidence spans of the events read from it. */
public record ArticleView(String id, String sourceId, String origin, String url, String title, LocalDate published,
                          String publishedHow, String text, List<EvidenceSpan> spans) {

    public ArticleView {
        spans = List.copyOf(spans);
    }
}
