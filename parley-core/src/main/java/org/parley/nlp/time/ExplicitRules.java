package org.parley.nlp.time;

import static org.parley.nlp.time.Lexicon.MD_SEP;
import static org.parley.nlp.time.Lexicon.PART_OF_DAY;
import static org.parley.nlp.time.Lexicon.PART_OF_DAY_OF;
import static org.parley.nlp.time.Lexicon.WEEKDAY_PREFIX;
import static org.parley.nlp.time.Lexicon.Y_SEP;
import static org.parley.nlp.time.Lexicon.day;
import static org.parley.nlp.time.Lexicon.month;
import static org.parley.nlp.time.Lexicon.monthNumber;
import static org.parley.nlp.time.Lexicon.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DateSource;
import org.parley.model.FuzzyDate;
import org.parley.nlp.time.Rule.Found;

/**
 * Single dates written with a month name or in digits: "July 10, 2023", "5th Nov, 2024", "2023-07-10",
 * "Sept. 4", "in March", "February 2022", "mid-July", "early 2024", "in 2018".
 */
final class ExplicitRules {

    private ExplicitRules() {
    }

    private static final String TAIL = "(?:\\s+" + PART_OF_DAY + "(?![\\p{L}]))?";
    /** Words that make a part of a month or year ("mid-July", "the end of 2024"); kept in the span. */
    private static final String PART = "(?:\\b(?i:early|late|mid)(?:-|\\s+)|\\b(?i:(?:the\\s+)?(?:end|beginning|start"
            + "|middle|first\\s+half|second\\s+half)\\s+of\\s+))";
    /** Prepositions that make a bare month name a date ("in March"): without one "March" is too often a
     *  name or a verb to tag. After "for", "through" and "of" the month alone is the span, and "May"
     *  is left alone there ("a message for May" names Theresa May). */
    private static final String MONTH_LEAD = "(?:\\b(?i:in|since|by|until|till|during|before|after|throughout|from)\\s+"
            + PART + "?|" + PART + "|\\b(?<rel>(?i:last|next|this|coming|past))\\s+"
            + "|(?<=\\b(?i:for|through|of)\\s{1,3})(?!May\\b))";
    /** Words a bare year follows ("in 2018", "by 2024", "and 2023"); without one, "2000" may be a count. */
    private static final String YEAR_LEAD = "(?:\\b(?i:in|by|since|until|till|during|before|after|through|throughout)\\s+|"
            + PART + ")";

    /** Full dates: month, day and year all written. */
    static final List<Rule> FULL = List.of(
            Rule.of("month-day-year", WEEKDAY_PREFIX + "?" + PART_OF_DAY_OF + "?" + month("m") + MD_SEP + day("d")
                    + Y_SEP + year("y") + TAIL, ExplicitRules::fullDate).near(Anchors.Kind.MONTH),
            Rule.of("day-month-year", WEEKDAY_PREFIX + "?" + PART_OF_DAY_OF + "?" + day("d") + "\\s+(?:of\\s+)?"
                    + month("m") + Y_SEP + year("y") + TAIL, ExplicitRules::fullDate).near(Anchors.Kind.DIGIT),
            Rule.of("iso", "(?<![\\p{N}.\\-/])(?<y>(?:19|20)\\d{2})(?<s>[-./])(?<m>1[0-2]|0?[1-9])\\k<s>"
                    + "(?<d>3[01]|[12]\\d|0?[1-9])(?![\\p{N}]|[.\\-/]\\d)", ExplicitRules::numericDate).near(Anchors.Kind.DIGIT),
            Rule.of("numeric-dmy", "(?<![\\p{N}.\\-/])(?<a>\\d{1,2})(?<s>[-./])(?<b>\\d{1,2})\\k<s>"
                    + "(?<y>(?:19|20)\\d{2})(?![\\p{N}]|[.\\-/]\\d)", ExplicitRules::numericDate).near(Anchors.Kind.DIGIT));

    private static final Rule MONTH_YEAR = Rule.of("month-year", PART + "?" + month("m") + Y_SEP + "(?:of\\s+)?"
            + year("y"), (m, t, c, d) -> Found.date(Resolve.month(yearOf(m), monthOf(m), DateSource.EXPLICIT, null))).near(Anchors.Kind.MONTH);

    static final List<Rule> RULES = List.of(
            FULL.get(0), FULL.get(1), FULL.get(2), FULL.get(3), MONTH_YEAR,
            Rule.of("month-day", WEEKDAY_PREFIX + "?" + PART_OF_DAY_OF + "?" + month("m") + MD_SEP + day("d") + TAIL,
                    ExplicitRules::monthDay).near(Anchors.Kind.MONTH),
            Rule.of("day-month", WEEKDAY_PREFIX + "?" + PART_OF_DAY_OF + "?" + day("d") + "\\s+(?:of\\s+)?"
                    + month("m") + TAIL, ExplicitRules::monthDay).near(Anchors.Kind.DIGIT),
            Rule.of("month-relative-year", PART + "?" + month("m") + "\\s+(?:of\\s+)?(?<r>this|last|next)\\s+year(?![\\p{L}])",
                    ExplicitRules::monthRelativeYear).near(Anchors.Kind.MONTH),
            Rule.of("month", MONTH_LEAD + month("m") + "(?!\\s*\\.?\\s*\\d)", ExplicitRules::bareMonth).near(Anchors.Kind.MONTH),
            Rule.of("year", YEAR_LEAD + "?" + year("y") + "(?!\\s*-\\s*year|\\s*%)", ExplicitRules::bareYear).near(Anchors.Kind.DIGIT));

    private static int monthOf(Matcher m) {
        return monthNumber(m.group("m"));
    }

    private static int yearOf(Matcher m) {
        return Integer.parseInt(m.group("y"));
    }

    private static int dayOf(Matcher m) {
        return Integer.parseInt(m.group("d"));
    }

    private static Found fullDate(Matcher m, String text, DateContext ctx, Direction dir) {
        LocalDate d = Resolve.date(yearOf(m), monthOf(m), dayOf(m));
        return d == null ? null : Found.date(Resolve.day(d, DateSource.EXPLICIT, null));
    }

    /** "2023-07-10", "2023.11.29", and day-first "13-07-2023" (month-first only when the day-first
     *  reading is impossible, or with slashes, the American habit). */
    private static Found numericDate(Matcher m, String text, DateContext ctx, Direction dir) {
        int y = yearOf(m);
        LocalDate d;
        if (Rule.optional(m, "a") == null) {
            d = Resolve.date(y, Integer.parseInt(m.group("m")), dayOf(m));
        } else {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            boolean monthFirst = a <= 12 && (b > 12 || m.group("s").equals("/"));
            d = monthFirst ? Resolve.date(y, a, b) : Resolve.date(y, b, a);
        }
        return d == null ? null : Found.date(Resolve.day(d, DateSource.EXPLICIT, null));
    }

    /** "Sept. 4", "July 17th", "31 August": the year comes from the context. */
    private static Found monthDay(Matcher m, String text, DateContext ctx, Direction dir) {
        int month = monthOf(m);
        int day = dayOf(m);
        if (Resolve.date(2024, month, day) == null) { // 2024: a leap year, so February 29 passes
            return null;
        }
        LocalDate d = Resolve.dayWithoutYear(month, day, ctx, dir);
        return Found.date(d == null ? Resolve.unknown(null) : Resolve.day(d, DateSource.INFERRED_YEAR, null));
    }

    private static Found monthRelativeYear(Matcher m, String text, DateContext ctx, Direction dir) {
        Integer base = ctx.anchor() != null ? Integer.valueOf(ctx.anchor().getYear()) : ctx.yearHint();
        if (base == null) {
            return Found.date(Resolve.unknown(null));
        }
        int y = base + switch (m.group("r").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        DateSource source = ctx.anchor() != null ? DateSource.RELATIVE : DateSource.INFERRED_YEAR;
        return Found.date(Resolve.month(y, monthOf(m), source, null));
    }

    /** "in March", "late March", "last March". */
    private static Found bareMonth(Matcher m, String text, DateContext ctx, Direction dir) {
        int month = monthOf(m);
        String rel = m.group("rel");
        Integer y;
        DateSource source = DateSource.INFERRED_YEAR;
        if (rel == null) {
            y = Resolve.yearOfMonth(month, ctx, dir, false);
        } else if (rel.equalsIgnoreCase("this")) {
            y = ctx.anchor() != null ? Integer.valueOf(ctx.anchor().getYear()) : ctx.yearHint();
        } else {
            Direction towards = rel.equalsIgnoreCase("last") || rel.equalsIgnoreCase("past") ? Direction.PAST : Direction.FUTURE;
            y = ctx.anchor() == null ? null : Resolve.yearOfMonth(month, ctx, towards, true);
            source = DateSource.RELATIVE;
        }
        return Found.date(y == null ? Resolve.unknown(null) : Resolve.month(y, month, source, null));
    }

    private static Found bareYear(Matcher m, String text, DateContext ctx, Direction dir) {
        if (m.start() == m.start("y") && !yearContext(m, text)) {
            return null;
        }
        return Found.date(Resolve.year(yearOf(m), DateSource.EXPLICIT, null));
    }

    /** A bare year is a date after a joining word, a determiner or possessive ("his 2007 campaign", "the
     *  2018 talks", "China's 2024 budget"), "year" or "fiscal", or an opening bracket; or before the name
     *  of a dated occasion ("2014 Winter Olympics", "2019 elections"). "Some 2000 troops" stays a count. */
    private static boolean yearContext(Matcher m, String text) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (before.matches("(?is).*(?:\\b(?:and|or|of|to|for|from|between|both|year|fiscal|the|a|an|this|that|his|her"
                + "|its|their|our)\\s+|['’]s\\s+|\\()")) {
            return true;
        }
        return DATED_OCCASION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt();
    }

    /** Nouns a year is the date of when it stands before them, with capitalised words between
     *  ("1996 campaign", "2023 SCO summit"). */
    private static final Pattern DATED_OCCASION = Pattern.compile("\\s+(?:[A-Z][\\p{L}.-]*\\s+){0,3}"
            + "(?:summit|meeting|talks|visit|elections?|campaign|Olympics|Games|World\\s+Cup|budget|census|agreement"
            + "|treaty|accord|declaration|results|war|crisis|session|forum|congress|plenum|dialogue|exercises?|drills"
            + "|presidency|chairmanship|report)\\b");

    /**
     * Every full date (day, month, year) and every month with its year stated anywhere in the text, for
     * building a {@link DateContext} before any tagging.
     */
    static List<FuzzyDate> statedDates(String text) {
        List<TimeMention> found = new ArrayList<>();
        DateContext none = new DateContext(null, DateSource.NONE, null);
        for (Rule r : FULL) {
            r.findAll(text, none, Direction.PAST, found);
        }
        MONTH_YEAR.findAll(text, none, Direction.PAST, found);
        List<FuzzyDate> out = new ArrayList<>();
        for (TimeMention t : found) {
            if (t.date().start() != null) {
                out.add(t.date().start());
            }
        }
        return out;
    }
}
