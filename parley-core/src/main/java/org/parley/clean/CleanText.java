package org.parley.clean;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.FuzzyDate;

/**
 * An article after boilerplate removal: what the NLP stage reads.
 *
 * @param article      the article as collected
 * @param text         cleaned text: boilerplate lines dropped, repeated captions kept once, glued
 *                     sentences given a space; one paragraph per line, separated by a single newline
 * @param offsets      cleaned offset to original offset
 * @param published    the article's own date (from the article record, a date header, a URL, a date
 *                     line near the top, a dated dateline), or null
 * @param publishedHow where {@code published} came from, for explanations: "source", "date header",
 *                     "url", "date line", "dateline"; null when {@code published} is null
 * @param dateline     the agency dateline, or {@link Dateline#NONE}
 * @param publishedPrecision how much of {@code published} its source gave (a URL with {@code /2023/03/}
 *                     gives a month; {@code published} is then the month's first day); null exactly when
 *                     {@code published} is
 */
public record CleanText(Article article, String text, OffsetMap offsets, LocalDate published,
                        String publishedHow, Dateline dateline, DatePrecision publishedPrecision) {

    /** A cleaned text whose published date, if any, is a day. */
    public CleanText(Article article, String text, OffsetMap offsets, LocalDate published, String publishedHow,
                     Dateline dateline) {
        this(article, text, offsets, published, publishedHow, dateline, DatePrecision.DAY);
    }

    /** The published date at the precision its source gave, or null. */
    public FuzzyDate publishedDate() {
        return FuzzyDate.knownTo(published, publishedPrecision);
    }

    public CleanText {
        publishedPrecision = DatePrecision.of(published, publishedPrecision);
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(dateline, "dateline");
        if (offsets.cleanedLength() != text.length()) {
            throw new IllegalArgumentException("offset map covers " + offsets.cleanedLength()
                    + " characters, text has " + text.length());
        }
    }
}
