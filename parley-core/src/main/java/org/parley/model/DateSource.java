package org.parley.model;

/** How a date was found, so that every date in the database can be explained. */
public enum DateSource {
    /** The text gives the full date ("July 10, 2023"). */
    EXPLICIT,
    /** Resolved against the article's date or dateline ("on Monday", "yesterday", "last year"). */
    RELATIVE,
    /** Month and day from the text, year taken from other dates in the article (photo captions, dateline). */
    INFERRED_YEAR,
    /** Taken from the article's own date because the text reports the event as happening now. */
    ARTICLE_DATE,
    /** No date could be found. */
    NONE
}
