package org.parley.clean;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's own date and the rule that found it.
 *
 * @param date the publication date
 * @param how  where it came from: "source", "date header", "url", "date line", "dateline"
 */
record PublishedDate(LocalDate date, String how) {

    PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(how, "how");
    }
}
