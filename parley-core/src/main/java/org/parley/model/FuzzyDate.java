package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date known to a precision: 2023, 2023-07 or 2023-07-10. {@code value} is the first day of
 * the period, so that dates of different precision sort together.
 */
public record FuzzyDate(LocalDate value, DatePrecision precision) implements Comparable<FuzzyDate> {

    public FuzzyDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
    }

    public static FuzzyDate day(LocalDate d) {
        return new FuzzyDate(d, DatePrecision.DAY);
    }

    /** {@code firstDay} known to {@code precision} (its month's or year's first day); null without a date. */
    public static FuzzyDate knownTo(LocalDate firstDay, DatePrecision precision) {
        return firstDay == null ? null : day(firstDay).coarsen(precision);
    }

    public static FuzzyDate month(int year, int month) {
        return new FuzzyDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static FuzzyDate year(int year) {
        return new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** Parses "2023", "2023-07" or "2023-07-10". */
    public static FuzzyDate parse(String iso) {
        String s = iso.trim();
        return switch (s.length()) {
            case 4 -> year(Integer.parseInt(s));
            case 7 -> month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
            case 10 -> day(LocalDate.parse(s));
            default -> throw new IllegalArgumentException("not an ISO date, month or year: " + iso);
        };
    }

    public int year() {
        return value.getYear();
    }

    /** ISO form cut to the precision: "2023", "2023-07", "2023-07-10". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", value.getYear());
            case MONTH -> String.format("%04d-%02d", value.getYear(), value.getMonthValue());
            case DAY -> value.toString();
        };
    }

    /** The same period at a coarser precision (never finer). */
    public FuzzyDate coarsen(DatePrecision to) {
        if (to.compareTo(precision) >= 0) {
            return this;
        }
        return to == DatePrecision.YEAR ? year(value.getYear()) : month(value.getYear(), value.getMonthValue());
    }

    @Override
    public int compareTo(FuzzyDate o) {
        int c = value.compareTo(o.value);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
