package org.parley.lexicon;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The time one person held one office, each end as precise as it is known: "2013-03-16", "2013-03"
 * or "2013". A coarse end covers its whole period (from "2013" is the earliest day of 2013, to "2013"
 * the last), so a date near an uncertain change counts as inside both terms rather than neither.
 *
 * @param from the first day, never null
 * @param to   the last day, or null while still in office
 */
public record Term(String from, String to) {

    public Term {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("a term needs a start date");
        }
        earliest(from);
        if (to != null && to.isBlank()) {
            to = null;
        }
        if (to != null && latest(to).isBefore(earliest(from))) {
            throw new IllegalArgumentException("term ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public LocalDate start() {
        return earliest(from);
    }

    /** The last day the term can have lasted to, or empty while it goes on. */
    public Optional<LocalDate> end() {
        return to == null ? Optional.empty() : Optional.of(latest(to));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && end().map(e -> !date.isAfter(e)).orElse(true);
    }

    /** Days from the term to the date, 0 when inside it. */
    public long distanceInDays(LocalDate date) {
        if (date.isBefore(start())) {
            return start().toEpochDay() - date.toEpochDay();
        }
        return end().filter(date::isAfter).map(e -> date.toEpochDay() - e.toEpochDay()).orElse(0L);
    }

    static LocalDate earliest(String partial) {
        return switch (precision(partial)) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
            case 7 -> YearMonth.parse(partial).atDay(1);
            default -> LocalDate.parse(partial);
        };
    }

    static LocalDate latest(String partial) {
        return switch (precision(partial)) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
            case 7 -> YearMonth.parse(partial).atEndOfMonth();
            default -> LocalDate.parse(partial);
        };
    }

    private static int precision(String partial) {
        boolean shape = partial.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        if (!shape) {
            throw new IllegalArgumentException("date '" + partial + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            LocalDate.parse(partial.length() == 4 ? partial + "-01-01" : partial.length() == 7 ? partial + "-01" : partial);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + partial + "' does not exist");
        }
        return partial.length();
    }
}
