package org.parley.nlp.time;

import static org.parley.nlp.time.Lexicon.MD_SEP;
import static org.parley.nlp.time.Lexicon.TO;
import static org.parley.nlp.time.Lexicon.Y_SEP;
import static org.parley.nlp.time.Lexicon.day;
import static org.parley.nlp.time.Lexicon.month;
import static org.parley.nlp.time.Lexicon.weekday;
import static org.parley.nlp.time.Lexicon.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;
import org.parley.nlp.time.Rule.Found;

/**
 * Spans: "from July 9 to 13", "March 20-22", "from March 31 to April 2", "from 31 August to 3 September",
 * "between May 5 and 7", "on 31 August and 1 September", "from Sunday to Wednesday", "from 2018 to 2022".
 *
 * <p>"X and Y" without "between" is a range only when the days are consecutive: "on May 5 and 9" names
 * two separate days, and the single-date rules then tag "May 5".
 */
final class RangeRules {

    private RangeRules() {
    }

    private static final String LEAD = "(?:\\b(?<p>(?i:from|between))\\s+)?";
    private static final String AND = "\\s+and\\s+";
    private static final String JOIN = "(?:" + TO + "|(?<and>" + AND + "))";
    private static final String OF = "\\s+(?:of\\s+)?";

    /** Ranges longer than this are more likely two unrelated dates than one occasion. */
    private static final long MAX_DAYS = 366;

    static final List<Rule> RULES = List.of(
            Rule.of("month-d-d", LEAD + month("m1") + MD_SEP + day("d1") + JOIN + day("d2")
                    + "(?:" + Y_SEP + year("y2") + ")?", RangeRules::days).near(Anchors.Kind.MONTH),
            Rule.of("month-d-month-d", LEAD + month("m1") + MD_SEP + day("d1") + "(?:" + Y_SEP + year("y1") + ")?"
                    + JOIN + month("m2") + MD_SEP + day("d2") + "(?:" + Y_SEP + year("y2") + ")?", RangeRules::days).near(Anchors.Kind.MONTH),
            Rule.of("d-d-month", LEAD + day("d1") + JOIN + day("d2") + OF + month("m2")
                    + "(?:" + Y_SEP + year("y2") + ")?", RangeRules::days).near(Anchors.Kind.DIGIT),
            Rule.of("d-month-d-month", LEAD + day("d1") + OF + month("m1") + "(?:" + Y_SEP + year("y1") + ")?"
                    + JOIN + day("d2") + OF + month("m2") + "(?:" + Y_SEP + year("y2") + ")?", RangeRules::days).near(Anchors.Kind.DIGIT),
            Rule.of("weekdays", LEAD + weekday("w1") + JOIN + weekday("w2"), RangeRules::weekdays).near(Anchors.Kind.WEEKDAY),
            Rule.of("years", LEAD + year("y1") + JOIN + year("y2"), RangeRules::years).near(Anchors.Kind.DIGIT),
            Rule.of("months", "\\b(?<p>(?i:from|between))\\s+" + month("m1") + "(?:" + Y_SEP + year("y1") + ")?"
                    + JOIN + month("m2") + "(?:" + Y_SEP + year("y2") + ")?(?!\\s*\\.?\\s*\\d)", RangeRules::months).near(Anchors.Kind.MONTH));

    private static boolean between(Matcher m) {
        return m.group("p") != null && m.group("p").equalsIgnoreCase("between");
    }

    private static Integer num(Matcher m, String g) {
        String s = Rule.optional(m, g);
        return s == null ? null : Integer.valueOf(s);
    }

    private static int monthNum(Matcher m, String g) {
        return Lexicon.monthNumber(m.group(g));
    }

    /** Any of the day-range shapes; a missing first month is the second's ("9-13 July"), and so on. */
    private static Found days(Matcher m, String text, DateContext ctx, Direction dir) {
        int m1 = monthNum(m, Rule.optional(m, "m1") != null ? "m1" : "m2");
        int m2 = monthNum(m, Rule.optional(m, "m2") != null ? "m2" : "m1");
        int d1 = Integer.parseInt(m.group("d1"));
        int d2 = Integer.parseInt(m.group("d2"));
        Integer y1 = num(m, "y1");
        Integer y2 = num(m, "y2");
        LocalDate start;
        LocalDate end;
        DateSource source = DateSource.EXPLICIT;
        boolean wraps = m2 < m1 || (m2 == m1 && d2 < d1); // "December 28 to January 2"
        if (y1 != null) {
            start = Resolve.date(y1, m1, d1);
            end = Resolve.date(y2 != null ? y2 : wraps ? y1 + 1 : y1, m2, d2);
        } else if (y2 != null) {
            start = Resolve.date(wraps ? y2 - 1 : y2, m1, d1);
            end = Resolve.date(y2, m2, d2);
        } else {
            if (Resolve.date(2024, m1, d1) == null || Resolve.date(2024, m2, d2) == null) {
                return null;
            }
            start = Resolve.dayWithoutYear(m1, d1, ctx, dir);
            if (start == null) {
                return new Found(TimeMention.Kind.RANGE, Resolve.unknown(null), 0);
            }
            end = Resolve.date(wraps ? start.getYear() + 1 : start.getYear(), m2, d2);
            source = DateSource.INFERRED_YEAR;
        }
        return dayRange(m, start, end, source);
    }

    private static Found dayRange(Matcher m, LocalDate start, LocalDate end, DateSource source) {
        if (start == null || end == null || !end.isAfter(start)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS || (m.group("and") != null && !between(m) && days != 2)) {
            return null;
        }
        return new Found(TimeMention.Kind.RANGE, new EventDate(FuzzyDate.day(start), FuzzyDate.day(end), source, null),
                (int) days);
    }

    /**
     * "from Sunday to Wednesday": the first day by direction like a lone weekday, the last day the next
     * such weekday after it (GOLD: anchor Wednesday 2023-07-12 gives 2023-07-09..2023-07-12).
     */
    private static Found weekdays(Matcher m, String text, DateContext ctx, Direction dir) {
        DayOfWeek w1 = Lexicon.weekdayOf(m.group("w1"));
        DayOfWeek w2 = Lexicon.weekdayOf(m.group("w2"));
        if (ctx.anchor() == null) {
            return new Found(TimeMention.Kind.RANGE, Resolve.unknown(null), 0);
        }
        LocalDate start = Resolve.weekday(ctx.anchor(), w1, dir, false);
        LocalDate end = start.with(TemporalAdjusters.next(w2));
        return dayRange(m, start, end, DateSource.RELATIVE);
    }

    private static Found years(Matcher m, String text, DateContext ctx, Direction dir) {
        int y1 = Integer.parseInt(m.group("y1"));
        int y2 = Integer.parseInt(m.group("y2"));
        if (y2 <= y1 || (m.group("and") != null && !between(m))) {
            return null;
        }
        return new Found(TimeMention.Kind.RANGE,
                new EventDate(FuzzyDate.year(y1), FuzzyDate.year(y2), DateSource.EXPLICIT, null), 0);
    }

    /** "from March to May 2023": month precision; the year as for a lone month when none is written. */
    private static Found months(Matcher m, String text, DateContext ctx, Direction dir) {
        int m1 = monthNum(m, "m1");
        int m2 = monthNum(m, "m2");
        Integer y1 = num(m, "y1");
        Integer y2 = num(m, "y2");
        DateSource source = DateSource.EXPLICIT;
        if (y1 == null && y2 != null) {
            y1 = m2 < m1 ? y2 - 1 : y2;
        } else if (y1 == null) {
            y1 = Resolve.yearOfMonth(m1, ctx, dir, false);
            source = DateSource.INFERRED_YEAR;
            if (y1 == null) {
                return new Found(TimeMention.Kind.RANGE, Resolve.unknown(null), 0);
            }
        }
        if (y2 == null) {
            y2 = m2 < m1 ? y1 + 1 : y1;
        }
        if (y2 * 12 + m2 <= y1 * 12 + m1 || (m.group("and") != null && !between(m))) {
            return null;
        }
        return new Found(TimeMention.Kind.RANGE,
                new EventDate(FuzzyDate.month(y1, m1), FuzzyDate.month(y2, m2), source, null), 0);
    }
}
