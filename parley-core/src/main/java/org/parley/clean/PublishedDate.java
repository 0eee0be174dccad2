package org.parley.clean;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.model.DatePrecision;

/**
 * An article's own date and the rule that found it.
 *
 * @param date the publication date
 * @param how  where it came from: "source", "date header", "url", "date line", "dateline"
 * @param precision how much of the date the source gave ({@code date} is then the month's or year's first day)
 */
record PublishedDate(LocalDate date, String how, DatePrecision precision) {

    PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(precision, "precision");
    }

    /** A publication day. */
    PublishedDate(LocalDate date, String how) {
        this(date, how, DatePrecision.DAY);
    }
}
