package org.parley.nlp.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * Words and regex pieces shared by the recognizers. Group names are parameters because one pattern
 * often holds two dates ("from March 31 to April 2") and Java forbids repeated group names.
 *
 * <p>Month and weekday names are matched case-sensitively with a capital: lower-case "may" and "march"
 * are a verb far more often than a month in news.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** No letter or digit may touch a date on the left ("G20", "COVID-19", "Marxism"). */
    static final String L = "(?<![\\p{L}\\p{N}])";
    /** ...nor on the right. */
    static final String R = "(?![\\p{L}\\p{N}])";

    /** Full names, three-letter forms with or without a dot, and "Sept." */
    static String month(String g) {
        return L + "(?<" + g + ">January|February|March|April|May|June|July|August|September|October|November|December"
                + "|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])";
    }

    /** 1..31, optionally zero-padded ("04th") and with an ordinal suffix. */
    static String day(String g) {
        return L + "(?<" + g + ">3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?" + R;
    }

    /** 1900..2099: the only years news about current diplomacy needs, and it keeps "200 billion" out. */
    static String year(String g) {
        return L + "(?<" + g + ">(?:19|20)\\d{2})" + R;
    }

    /** Between a month and its day: "July 10", "Nov. 29", "July.8" (a typo form seen in wire copy). */
    static final String MD_SEP = "(?:\\s+|\\.\\s*)";
    /** Between a day and its year, or a month and its year: "July 10, 2023", "5th Nov, 2024". */
    static final String Y_SEP = "(?:,\\s*|\\s+)";
    /** Range dash or word. */
    static final String TO = "\\s*(?:-|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)\\s*";

    static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    static String weekday(String g) {
        return L + "(?<" + g + ">" + WEEKDAY_NAMES + ")" + "(?![\\p{L}])";
    }

    /** "the morning of" before a date, and a time of day after one: kept inside the mention. */
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";
    static final String PART_OF_DAY_OF = "(?:(?:the\\s+)?" + PART_OF_DAY + "\\s+of\\s+)";
    /** A weekday written before a full date ("Monday, June 6, 2022"): the date decides. */
    static final String WEEKDAY_PREFIX = "(?:(?:" + WEEKDAY_NAMES + "),?\\s+)";

    static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|twenty|thirty";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30));

    /** "two" or "2" to 2; null for anything else. */
    static Integer number(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return Integer.parseInt(w);
        }
        return NUMBERS.get(w);
    }

    /** "Sept.", "Nov", "November" to 11. */
    static int monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        return switch (m.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    static DayOfWeek weekdayOf(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Days in a unit word ("day", "weeks", "month"). */
    static int unitDays(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("week")) {
            return 7;
        }
        if (u.startsWith("month")) {
            return 30;
        }
        return 1;
    }
}
