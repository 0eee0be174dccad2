package org.parley.store.read;

/**
 * An event's date as shown: ISO text cut to its precision, and how it was found.
 *
 * @param start     "2023", "2023-07" or "2023-07-10", or null when unknown
 * @param end       last day (or month) of a range, or null
 * @param precision year, month or day, or null when unknown
 * @param source    explicit, relative, inferred_year, article_date or none
 * @param how       a sentence explaining how the date was resolved
 * @param text      the words the date was read from, or null
 */
public record DateView(String start, String end, String precision, String source, String how, String text) {
}
