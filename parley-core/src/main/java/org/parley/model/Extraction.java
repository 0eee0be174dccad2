package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline read out of one article.
 *
 * @param article       the article as collected
 * @param published     the article's own date as found (header, dateline, URL, feed), or null
 * @param publishedHow  where that date was found ("date header", "dateline", "url", ...), or null
 * @param cleanedText   the text after boilerplate removal (what the NLP stage read)
 * @param events        the exchanges, in text order
 * @param persons       every named official, with titles and side
 */
public record Extraction(Article article, LocalDate published, String publishedHow, String cleanedText,
                         List<Event> events, List<Person> persons) {

    public Extraction {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
        persons = List.copyOf(persons);
    }
}
