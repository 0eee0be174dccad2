package org.parley.nlp.time;

import java.util.Objects;
import org.parley.model.EventDate;

/**
 * One date expression found in a text.
 *
 * @param begin        offset of the first character in the tagged text
 * @param end          offset after the last character ({@code text.substring(begin, end)} is {@code text})
 * @param text         the words as written ("on Monday", "from July 9 to 13")
 * @param kind         what sort of expression it is
 * @param date         the resolved date; {@code date.known()} is false for durations, vague words and
 *                     expressions that need an anchor the article does not give
 * @param durationDays length in days: the stated length for a {@link Kind#DURATION} ("two-day" gives 2),
 *                     the number of days covered for a {@link Kind#RANGE} of days, else 0
 */
public record TimeMention(int begin, int end, String text, Kind kind, EventDate date, int durationDays) {

    public enum Kind {
        /** One day, month or year ("July 10, 2023", "on Monday", "in March", "last year"). */
        DATE,
        /** A span with a first and last day or month ("from July 9 to 13"). */
        RANGE,
        /** A length without a date ("a two-day visit"): combine with a start date, see
         *  {@link TemporalTagger#withDuration}. */
        DURATION,
        /** Says when only roughly ("recently", "soon"): a time is meant, no day can be given. */
        VAGUE
    }

    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (begin < 0 || end < begin || end - begin != text.length()) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end + " for \"" + text + "\"");
        }
    }

    /** The mention for {@code text[begin, end)}; the date's quoted words are set to the same span. */
    static TimeMention of(String text, int begin, int end, Kind kind, EventDate date, int durationDays) {
        String words = text.substring(begin, end);
        EventDate d = new EventDate(date.start(), date.end(), date.source(), words);
        return new TimeMention(begin, end, words, kind, d, durationDays);
    }

    /** The same mention with its offsets moved by {@code offset} (a sentence's mention into its text). */
    public TimeMention shifted(int offset) {
        return new TimeMention(begin + offset, end + offset, text, kind, date, durationDays);
    }

    public int length() {
        return end - begin;
    }

    boolean overlaps(TimeMention o) {
        return begin < o.end && o.begin < end;
    }
}
