package org.parley.lexicon;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time one person held one office, each end as precise as it is known: "2013-03-16", "2013-03"
 * or "2013". A coarse end covers its whole period (from "2013" is the earliest day of 2013, to "2013"
 * the last), so a date near an uncertain change counts as inside both terms rather than neither.
 * The days are worked out once: lookups compare terms many times.
 */
public final class Term {

    private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final String from;
    private final String to;
    private final LocalDate start;
    private final LocalDate end;

    /**
     * @param from the first day, never blank
     * @param to   the last day, or null or blank while still in office
     */
    public Term(String from, String to) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("a term needs a start date");
        }
        this.from = from;
        this.to = to == null || to.isBlank() ? null : to;
        this.start = bound(from, true);
        this.end = this.to == null ? null : bound(this.to, false);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("term ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The start as written: YYYY, YYYY-MM or YYYY-MM-DD. */
    public String from() {
        return from;
    }

    /** The end as written, or null while the term goes on. */
    public String to() {
        return to;
    }

    /** The earliest day the term can have begun. */
    public LocalDate start() {
        return start;
    }

    /** The last day the term can have lasted to, or empty while it goes on. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** Days from the term to the date, 0 when inside it. */
    public long distanceInDays(LocalDate date) {
        if (date.isBefore(start)) {
            return start.toEpochDay() - date.toEpochDay();
        }
        return end != null && date.isAfter(end) ? date.toEpochDay() - end.toEpochDay() : 0;
    }

    private static LocalDate bound(String partial, boolean earliest) {
        Matcher m = PARTIAL.matcher(partial);
        if (!m.matches()) {
            throw new IllegalArgumentException("date '" + partial + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return earliest ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return earliest ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + partial + "' does not exist");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && from.equals(t.from) && Objects.equals(to, t.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to);
    }
}
