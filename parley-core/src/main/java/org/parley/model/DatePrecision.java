package org.parley.model;

/** How much of a date is known. */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    /** The precision of a date that may be missing: none without a date, else a day unless {@code given}. */
    public static DatePrecision of(java.time.LocalDate date, DatePrecision given) {
        return date == null ? null : given == null ? DAY : given;
    }
}
