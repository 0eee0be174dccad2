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
 * @param publishedPrecision how much of {@code published} was found (a URL's "/2023/03/" gives a month;
 *                      {@code published} is then its first day); null exactly when {@code published} is
 */
public record Extraction(Article article, LocalDate published, String publishedHow, String cleanedText,
                         List<Event> events, List<Person> persons, DatePrecision publishedPrecision) {

    /** An extraction whose published date, if any, is a day. */
    public Extraction(Article article, LocalDate published, String publishedHow, String cleanedText,
                      List<Event> events, List<Person> persons) {
        this(article, published, publishedHow, cleanedText, events, persons, DatePrecision.DAY);
    }

    /** The published date at the precision it was found, or null. */
    public FuzzyDate publishedDate() {
        return FuzzyDate.knownTo(published, publishedPrecision);
    }

    public Extraction {
        Objects.requireNonNull(article, "article");
        publishedPrecision = DatePrecision.of(published, publishedPrecision);
        events = List.copyOf(events);
        persons = List.copyOf(persons);
    }
}
