package org.parley.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;

/** Calendar arithmetic behind the recognizers: which year, which weekday. No text handling here. */
final class Resolve {

    private Resolve() {
    }

    /** The date, or null when the day does not exist in that month ("February 30"). */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The weekday nearest the anchor in the direction given. Not strict: the anchor itself counts
     * ("will meet on Thursday" written on a Thursday means that day). Strict ("last Monday",
     * "next Monday"): the anchor's own day does not count.
     */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, Direction direction, boolean strict) {
        if (direction == Direction.PAST) {
            return anchor.with(strict ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
        }
        return anchor.with(strict ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
    }

    /**
     * The year for a month and day written without one. With an anchor: of the dates in the anchor's
     * year and the years either side, the one nearest the anchor, where a date on the wrong side of the
     * direction counts twice its distance. So "December 28" under a January 5 anchor is last December
     * either way, and a date a few weeks ahead of a PAST anchor stays in the anchor's year (reports of
     * schedules are common enough that a whole year back would be the worse mistake). Without an anchor
     * the year hint is used. Null when neither exists or the day does not exist.
     */
    static LocalDate dayWithoutYear(int month, int day, DateContext ctx, Direction direction) {
        if (ctx.anchor() == null) {
            return ctx.yearHint() == null ? null : date(ctx.yearHint(), month, day);
        }
        LocalDate anchor = ctx.anchor();
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = date(y, month, day);
            if (d == null) {
                continue;
            }
            long diff = ChronoUnit.DAYS.between(anchor, d); // > 0: after the anchor
            boolean wrongSide = direction == Direction.PAST ? diff > 0 : diff < 0;
            long cost = Math.abs(diff) * (wrongSide ? 2 : 1);
            if (cost < bestCost) {
                bestCost = cost;
                best = d;
            }
        }
        return best;
    }

    /**
     * The year of a month written without one ("in March"). Strictly by direction: PAST means on or
     * before the anchor's month, FUTURE on or after; a month has no "a few days ahead" grey zone.
     * {@code strict} ("last March") excludes the anchor's own month. Null when there is no anchor
     * and no year hint.
     */
    static Integer yearOfMonth(int month, DateContext ctx, Direction direction, boolean strict) {
        if (ctx.anchor() == null) {
            return ctx.yearHint();
        }
        int y = ctx.anchor().getYear();
        int am = ctx.anchor().getMonthValue();
        if (direction == Direction.PAST) {
            return month < am || (month == am && !strict) ? y : y - 1;
        }
        return month > am || (month == am && !strict) ? y : y + 1;
    }

    static EventDate day(LocalDate d, DateSource source, String text) {
        return new EventDate(FuzzyDate.day(d), null, source, text);
    }

    static EventDate month(int year, int month, DateSource source, String text) {
        return new EventDate(FuzzyDate.month(year, month), null, source, text);
    }

    static EventDate year(int year, DateSource source, String text) {
        return new EventDate(FuzzyDate.year(year), null, source, text);
    }

    /** A mention that says a date is meant but cannot be resolved. */
    static EventDate unknown(String text) {
        return new EventDate(null, null, DateSource.NONE, text);
    }
}
