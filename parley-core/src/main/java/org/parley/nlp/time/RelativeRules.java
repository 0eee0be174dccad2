package org.parley.nlp.time;

import static org.parley.nlp.time.Lexicon.NUMBER_WORDS;
import static org.parley.nlp.time.Lexicon.PART_OF_DAY;
import static org.parley.nlp.time.Lexicon.weekday;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.nlp.time.Rule.Found;

/**
 * Expressions that need the anchor: weekdays ("on Thursday"), days ("yesterday", "two days ago") and
 * periods ("this week", "last year", "at the end of the year").
 *
 * <p>Without an anchor a day-level expression is still reported, as a DATE with an unknown date, so a
 * caller can tell "the text gave a day we cannot place" from "the text gave no day". A week or month
 * without an anchor becomes VAGUE. A year-level one uses the year hint, as "in March" does.
 */
final class RelativeRules {

    private RelativeRules() {
    }

    private static final String N = "(?<n>\\d{1,2}|" + NUMBER_WORDS + "|a|an)";
    /** Holidays and names with a weekday in them are not that weekday. */
    private static final String NOT_A_WEEKDAY = "(?<!\\b(?:Good|Black|Super|Ash|Holy|Maundy|Cyber|Bloody|Easter)\\s)";

    static final List<Rule> RULES = List.of(
            Rule.of("weekday", NOT_A_WEEKDAY + "(?:\\b(?<rel>(?i:last|next|this|coming|past|this\\s+coming|this\\s+past))\\s+)?"
                    + weekday("w") + "(?:\\s+(?i:" + PART_OF_DAY + ")(?![\\p{L}]))?", RelativeRules::weekdayDate).near(Anchors.Kind.WEEKDAY),
            Rule.ofIgnoreCase("days-relative", "\\b(?:the\\s+day\\s+(?<db>before\\s+yesterday|after\\s+tomorrow)"
                    + "|(?:(?:earlier|later)\\s+)?(?<today>today|tonight)|this\\s+" + PART_OF_DAY
                    + "|(?:later|earlier)\\s+in\\s+the\\s+day|(?<yd>yesterday|last\\s+night)|(?<tm>tomorrow))"
                    + "(?:\\s+" + PART_OF_DAY + ")?\\b", RelativeRules::relativeDay).near(Anchors.Kind.DAY_WORD),
            Rule.ofIgnoreCase("ago", "\\b" + N + "\\s+(?<u>days?|weeks?|months?|years?)\\s+ago\\b", RelativeRules::ago).near(Anchors.Kind.AGO),
            Rule.ofIgnoreCase("in-n-days", "\\bin\\s+" + N + "\\s+(?<u>days?|weeks?)(?:['’]\\s*time)?\\b", RelativeRules::inDays).near(Anchors.Kind.PERIOD),
            Rule.ofIgnoreCase("this-period", "\\b(?:(?:earlier|later)\\s+)?(?:this|the\\s+current)\\s+(?<u>week|month|year)\\b",
                    (m, t, c, d) -> period(m.group("u"), 0, c)).near(Anchors.Kind.PERIOD),
            Rule.ofIgnoreCase("last-next-period", "\\b(?<r>last|next)\\s+(?<u>week|month|year)\\b",
                    (m, t, c, d) -> period(m.group("u"), m.group("r").equalsIgnoreCase("last") ? -1 : 1, c)).near(Anchors.Kind.PERIOD),
            Rule.ofIgnoreCase("in-the-period", "\\b(?:later|earlier)\\s+in\\s+the\\s+(?<u>week|month|year)\\b",
                    (m, t, c, d) -> period(m.group("u"), 0, c)).near(Anchors.Kind.PERIOD),
            Rule.ofIgnoreCase("part-of-period", "\\b(?:(?:at|by|towards?|before|until|till)\\s+)?(?:the\\s+)?(?:very\\s+)?"
                    + "(?:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+(?<r>the|this|next|last)\\s+"
                    + "(?<u>week|month|year)\\b", RelativeRules::partOfPeriod).near(Anchors.Kind.PERIOD));

    private static Found weekdayDate(Matcher m, String text, DateContext ctx, Direction dir) {
        if (ctx.anchor() == null) {
            return Found.date(Resolve.unknown(null));
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        LocalDate d;
        if (rel.endsWith("last") || rel.endsWith("past")) {
            d = Resolve.weekday(ctx.anchor(), Lexicon.weekdayOf(m.group("w")), Direction.PAST, true);
        } else if (rel.endsWith("next") || rel.endsWith("coming")) {
            d = Resolve.weekday(ctx.anchor(), Lexicon.weekdayOf(m.group("w")), Direction.FUTURE, true);
        } else {
            d = Resolve.weekday(ctx.anchor(), Lexicon.weekdayOf(m.group("w")), dir, false);
        }
        return Found.date(Resolve.day(d, DateSource.RELATIVE, null));
    }

    private static Found relativeDay(Matcher m, String text, DateContext ctx, Direction dir) {
        if (m.group("today") != null && m.group("today").startsWith("T") && afterCapitalisedWord(text, m.start())) {
            return null; // "India Today", "Russia Today": a title, not a day
        }
        int offset;
        if (m.group("db") != null) {
            offset = m.group("db").toLowerCase(Locale.ROOT).startsWith("before") ? -2 : 2;
        } else if (m.group("yd") != null) {
            offset = -1;
        } else if (m.group("tm") != null) {
            offset = 1;
        } else {
            offset = 0;
        }
        return dayFromAnchor(ctx, offset);
    }

    private static boolean afterCapitalisedWord(String text, int at) {
        int i = at - 1;
        if (i < 1 || text.charAt(i) != ' ') {
            return false;
        }
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return j < i && Character.isUpperCase(text.charAt(j));
    }

    private static Found dayFromAnchor(DateContext ctx, long offset) {
        if (ctx.anchor() == null) {
            return Found.date(Resolve.unknown(null));
        }
        return Found.date(Resolve.day(ctx.anchor().plusDays(offset), DateSource.RELATIVE, null));
    }

    /** "two days ago" is a day; "three weeks ago" a month; "a year ago" a year. */
    private static Found ago(Matcher m, String text, DateContext ctx, Direction dir) {
        Integer n = Lexicon.number(m.group("n"));
        if (n == null) {
            return null;
        }
        String u = m.group("u").toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return dayFromAnchor(ctx, -n);
        }
        if (u.startsWith("year")) {
            return period("year", -n, ctx);
        }
        if (ctx.anchor() == null) {
            return new Found(TimeMention.Kind.VAGUE, Resolve.unknown(null), 0);
        }
        LocalDate d = u.startsWith("week") ? ctx.anchor().minusWeeks(n) : ctx.anchor().minusMonths(n);
        return Found.date(Resolve.month(d.getYear(), d.getMonthValue(), DateSource.RELATIVE, null));
    }

    private static Found inDays(Matcher m, String text, DateContext ctx, Direction dir) {
        Integer n = Lexicon.number(m.group("n"));
        if (n == null) {
            return null;
        }
        if (m.group("u").toLowerCase(Locale.ROOT).startsWith("day")) {
            return dayFromAnchor(ctx, n);
        }
        if (ctx.anchor() == null) {
            return new Found(TimeMention.Kind.VAGUE, Resolve.unknown(null), 0);
        }
        LocalDate d = ctx.anchor().plusWeeks(n);
        return Found.date(Resolve.month(d.getYear(), d.getMonthValue(), DateSource.RELATIVE, null));
    }

    private static Found partOfPeriod(Matcher m, String text, DateContext ctx, Direction dir) {
        String r = m.group("r").toLowerCase(Locale.ROOT);
        int shift = r.equals("next") ? 1 : r.equals("last") ? -1 : 0;
        return period(m.group("u"), shift, ctx);
    }

    /**
     * The week, month or year {@code shift} units from the anchor's. A week is given as the month it
     * falls in (GOLD: "this week" on a Tuesday is YYYY-MM): a day would claim more than the text says.
     */
    static Found period(String unit, int shift, DateContext ctx) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year")) {
            if (ctx.anchor() != null) {
                return Found.date(Resolve.year(ctx.anchor().getYear() + shift, DateSource.RELATIVE, null));
            }
            if (ctx.yearHint() != null) {
                return Found.date(Resolve.year(ctx.yearHint() + shift, DateSource.INFERRED_YEAR, null));
            }
            return new Found(TimeMention.Kind.VAGUE, Resolve.unknown(null), 0);
        }
        if (ctx.anchor() == null) {
            return new Found(TimeMention.Kind.VAGUE, Resolve.unknown(null), 0);
        }
        LocalDate d = u.startsWith("week") ? ctx.anchor().plusWeeks(shift) : ctx.anchor().plusMonths(shift);
        EventDate date = Resolve.month(d.getYear(), d.getMonthValue(), DateSource.RELATIVE, null);
        return Found.date(date);
    }
}
