package org.parley.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways news pages write a calendar date and a clock time, shared by the publication-date
 * finder, the dateline finder and the boilerplate filter (which drops lines that are only a date).
 */
final class DatePatterns {

    /** A month name, full or abbreviated, with an optional full stop ("Sept.", "Nov"). */
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?";
    /** A day of the month, with an optional ordinal suffix ("4", "04th", "22nd"). */
    static final String DAY = "(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?\\b";
    static final String YEAR = "(?:19[89]\\d|20\\d\\d)";

    /** A recognised date and where it stands in the string searched. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\s*(" + DAY + ")\\s*,?\\s*(" + YEAR + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(" + DAY + ")[\\s-]*(" + MONTH + ")[\\s,-]*(" + YEAR + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])(" + YEAR + ")([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([-./])(\\d{1,2})\\2(" + YEAR + ")(?![\\d])");
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?![\\d:])"
            + "(?:\\s*\\(?(?:IST|GMT|UTC|CET|CEST|MSK|BST|EST|EDT|PST|PDT|CST|JST|KST|HKT|SGT|WIB|PKT|EAT)\\)?)?"
            + "(?:\\s*(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2})?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?:yesterday|today|just now|\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago)\\b");
    /** Words a date-and-byline line is made of besides the date itself. */
    private static final Pattern META_WORDS = Pattern.compile(
            "(?i)\\b(?:last\\s+)?(?:updated|published|created|posted|modified|edited|date|on|at|by"
            + "|source|editor|author|reporter|writer)\\b");

    /** Words that show a line is the page's stamp, so it may carry a byline of a few names. */
    private static final Pattern STAMP_WORDS = Pattern.compile(
            "(?i)\\b(?:updated|published|created|posted|modified|(?:source|editor|author|reporter|writer)\\s*:)");
    private static final int MAX_SOURCE_WORDS = 2;
    private static final int MAX_BYLINE_WORDS = 4;

    private DatePatterns() {
    }

    /** 1..12 for a month name or abbreviation, else 0. */
    static int monthNumber(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return 0;
        }
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The day number in "4", "04th", "22nd". */
    static int dayNumber(String day) {
        return Integer.parseInt(day.replaceAll("\\D", ""));
    }

    static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** All dates in {@code s}, in order of position, overlapping matches removed. */
    static List<Found> findAll(String s) {
        List<Found> found = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            if (startsUpper(m.group(1))) {
                add(found, dateOrNull(year(m.group(3)), monthNumber(m.group(1)), dayNumber(m.group(2))), m);
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            if (startsUpper(m.group(2))) {
                add(found, dateOrNull(year(m.group(3)), monthNumber(m.group(2)), dayNumber(m.group(1))), m);
            }
        }
        m = YEAR_FIRST.matcher(s);
        while (m.find()) {
            add(found, dateOrNull(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), m);
        }
        m = DAY_FIRST.matcher(s);
        while (m.find()) {
            // day first: the order of the pages that write 13-07-2023 (Indian, European, Pakistani)
            add(found, dateOrNull(year(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1))), m);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * True for a line that is only a date or time plus a few capitalised words: "( 2023.11.29 )",
     * "Agency) 11:14, July 11, 2023", "Jane Roe Published May 5, 2024 | 02:40 PM", "01:51",
     * "Yesterday, 21:17". A caption ("Photo taken on May 5, 2024") has lower-case words and is not.
     */
    static boolean isDateLine(String line) {
        boolean any = !findAll(line).isEmpty();
        String rest = any ? removeAll(line, MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_FIRST, DAY_FIRST) : line;
        String noTime = removeAll(rest, TIME, RELATIVE);
        any |= !noTime.equals(rest);
        if (!any) {
            return false;
        }
        boolean stamped = STAMP_WORDS.matcher(noTime).find();
        String words = META_WORDS.matcher(noTime).replaceAll(" ").replaceAll("[^\\p{L}\\d ]+", " ").trim();
        if (words.isEmpty()) {
            return true;
        }
        // a byline may name a few people; without "Published" or the like, three capitalised words
        // are as likely a dated headline ("Ministers Meet In Lima, May 5, 2024")
        String[] w = words.split("\\s+");
        if (w.length > (stamped ? MAX_BYLINE_WORDS : MAX_SOURCE_WORDS)) {
            return false;
        }
        for (String word : w) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String removeAll(String s, Pattern... patterns) {
        String out = s;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(" ");
        }
        return out;
    }

    private static boolean startsUpper(String s) {
        return Character.isUpperCase(s.charAt(0));
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static void add(List<Found> found, LocalDate date, Matcher m) {
        if (date == null) {
            return;
        }
        for (Found f : found) {
            if (m.start() < f.end() && f.start() < m.end()) {
                return;
            }
        }
        found.add(new Found(date, m.start(), m.end()));
    }
}
