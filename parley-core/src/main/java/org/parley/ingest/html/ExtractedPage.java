package org.parley.ingest.html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The article found in one HTML page.
 *
 * @param title     og:title, else {@code <title>}, else the first {@code <h1>}; null when none
 * @param url       the canonical link, else og:url, else the URL the page was fetched from; may be null
 * @param published the page's own publication date (meta, JSON-LD, {@code <time>}, date in the URL), else null
 * @param siteName  og:site_name, else null
 * @param text      the main text, one paragraph per line; empty when the page has none
 */
public record ExtractedPage(String title, String url, LocalDate published, String siteName, String text) {

    public ExtractedPage {
        Objects.requireNonNull(text, "text");
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
