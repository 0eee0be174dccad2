package org.parley.model;

/**
 * When an event happened or is to happen, with how that was worked out.
 *
 * @param start  first day (or month, or year); null when unknown
 * @param end    last day of a range, else null
 * @param source how the date was found
 * @param text   the words of the text the date was read from ("on Monday", "from July 9 to 13"), or null
 */
public record EventDate(FuzzyDate start, FuzzyDate end, DateSource source, String text) {

    public static final EventDate UNKNOWN = new EventDate(null, null, DateSource.NONE, null);

    public boolean known() {
        return start != null;
    }

    /** Human-readable explanation for the timeline and the event page. */
    public String explain() {
        if (start == null) {
            return "no date in the text";
        }
        String quoted = text == null ? "" : " from \"" + text + "\"";
        return switch (source) {
            case EXPLICIT -> "stated" + quoted;
            case RELATIVE -> "resolved against the article date" + quoted;
            case INFERRED_YEAR -> "year inferred from other dates in the article" + quoted;
            case ARTICLE_DATE -> "the article's own date (reported as happening now)";
            case NONE -> "no date in the text";
        };
    }
}
