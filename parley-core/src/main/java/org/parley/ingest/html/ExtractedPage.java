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
 * @param charsetNote when the page's declared charset was overruled, what was used instead (one line); else null
 */
public record ExtractedPage(String title, String url, LocalDate published, String siteName, String text,
                            String charsetNote) {

    public ExtractedPage {
        Objects.requireNonNull(text, "text");
    }

    public ExtractedPage(String title, String url, LocalDate published, String siteName, String text) {
        this(title, url, published, siteName, text, null);
    }

    /** The page with the note on how its bytes were decoded. */
    ExtractedPage withCharsetNote(String note) {
        return new ExtractedPage(title, url, published, siteName, text, note);
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
