package org.parley.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency dateline that opens the story's first paragraph ("HANOI, March 3 (VNA) --",
 * "OSLO (Agency) -", "LIMA:", "July 12, 2023 CAIRO –", or the city alone on the line above the
 * story). It looks only at the top of the cleaned text, where a dateline can stand, and only at
 * lines long enough to be a paragraph, so a headline or a speaker label is not taken for one.
 */
final class DatelineFinder {

    /** Datelines stand in the first paragraphs; captions and standfirsts may come before. */
    private static final int MAX_PROSE_LINES = 4;

    private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
    private static final String TITLE = "\\p{Lu}\\p{Ll}[\\p{L}.'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}.'’-]*){0,2}";
    private static final String MONTH = "(?i:" + DatePatterns.MONTH + ")";
    private static final String DAY = DatePatterns.DAY;
    private static final String CLOSE = "(?<close>--|[-–—]+|/[^/\\n]{1,30}/\\s*\\.?|:)";

    /** "BEIJING, July 10 (Xinhua) --", "MOSCOW, January 27. /TASS/.", "Lima, May 2nd—". */
    private static final Pattern PLACE_MONTH_DAY = Pattern.compile("^(?<place>" + CAPS + "|" + TITLE + ")\\s*,\\s*"
            + "(?<month>" + MONTH + ")\\s*(?<day>" + DAY + ")\\s*\\.?\\s*(?:\\((?<agency>[^()\\n]{1,60})\\)\\s*)?"
            + CLOSE + "?");
    /** "ASTANA, 14 March 2025 –", "MOSCOW, July 10, 2024 (TASS) --": a full date, year and all. */
    private static final Pattern PLACE_FULL_DATE = Pattern.compile("^(?<place>" + CAPS + "|" + TITLE + ")\\s*,\\s*"
            + "(?<date>[^()\\n–—]{8,40}?)\\s*(?:\\((?<agency>[^()\\n]{1,60})\\)\\s*)?" + CLOSE);
    /** "July 12, 2023 BEIJING –". */
    private static final Pattern DATE_PLACE = Pattern.compile("^(?<month>" + MONTH + ")\\s*(?<day>" + DAY + ")\\s*,?\\s*"
            + "(?<year>" + DatePatterns.YEAR + ")\\s*,?\\s*(?<place>" + CAPS + ")\\s*" + CLOSE);
    /** "MOSCOW (Agency) -", and "CITY (Agency - 4th August, 2023)" with the date in the brackets. */
    private static final Pattern PLACE_BRACKETS = Pattern.compile("^(?<place>" + CAPS + "|" + TITLE + ")\\s*,?\\s*"
            + "\\((?<paren>[^()\\n]{2,100})\\)(?:\\s*(?<close>--|[-–—]+))?");
    /** "MOSCOW - ", "BEIJING -- ". Capitals only: "Xi - Putin talks" is a headline. */
    private static final Pattern PLACE_DASH = Pattern.compile(
            "^(?<place>" + CAPS + ")(?<close>\\s+-+|\\s*(?:--|[–—]+))");
    /** "MOSCOW:Russian...", "Jakarta: ...". */
    private static final Pattern PLACE_COLON = Pattern.compile("^(?<place>" + CAPS + "|" + TITLE + ")\\s*:");
    /** The city alone on the line above the story. */
    private static final Pattern PLACE_ALONE = Pattern.compile("^(?<place>\\p{Lu}{2,}(?:[\\s-]\\p{Lu}{2,}){0,2})$");
    /** Labels written like a dateline: "UPDATE:", "Photo:", "Editor's note:". */
    private static final Set<String> NOT_PLACES = Set.of("update", "updated", "breaking", "breaking news", "watch",
            "video", "photo", "photos", "image", "note", "editor's note", "editor’s note", "exclusive", "analysis",
            "opinion", "title", "source", "sources", "read", "also read", "related", "summary", "highlights",
            "keywords", "tags", "share", "published", "caption", "file", "credit", "question", "answer", "q",
            "a", "live", "explainer", "factbox", "timeline", "comment", "editorial", "by");
    private static final int MAX_TITLE_CASE_PLACE_WORDS = 2;
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)" + MONTH);

    private DatelineFinder() {
    }

    static Dateline find(String cleaned) {
        List<String> lines = cleaned.lines().toList();
        int offset = 0;
        int prose = 0;
        for (int i = 0; i < lines.size() && prose < MAX_PROSE_LINES; i++) {
            String line = lines.get(i);
            if (Prose.isProse(line)) {
                prose++;
                Dateline d = inParagraph(line, offset);
                if (d != null) {
                    return d;
                }
            } else if (i + 1 < lines.size() && Prose.isProse(lines.get(i + 1))) {
                Matcher m = PLACE_ALONE.matcher(line);
                if (m.find() && isPlace(m.group("place"))) {
                    return new Dateline(m.group("place"), null, null, null, offset, offset + line.length());
                }
            }
            offset += line.length() + 1;
        }
        return Dateline.NONE;
    }

    /** The dateline opening this paragraph, or null. */
    private static Dateline inParagraph(String line, int offset) {
        Matcher m = PLACE_FULL_DATE.matcher(line);
        if (m.find() && isPlace(m.group("place"))) {
            List<DatePatterns.Found> dates = DatePatterns.findAll(m.group("date"));
            if (dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() == m.group("date").length()) {
                var date = dates.get(0).date();
                return new Dateline(m.group("place"), date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                        offset, offset + m.end());
            }
        }
        m = PLACE_MONTH_DAY.matcher(line);
        if (m.find() && isPlace(m.group("place")) && (m.group("agency") != null || m.group("close") != null)) {
            return dated(m, null, offset);
        }
        m = DATE_PLACE.matcher(line);
        if (m.find() && isPlace(m.group("place"))) {
            return dated(m, Integer.parseInt(m.group("year")), offset);
        }
        m = PLACE_BRACKETS.matcher(line);
        if (m.find() && isPlace(m.group("place"))) {
            List<DatePatterns.Found> dates = DatePatterns.findAll(m.group("paren"));
            if (!dates.isEmpty()) {
                var date = dates.get(0).date();
                return new Dateline(m.group("place"), date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                        offset, offset + m.end());
            }
            if (m.group("close") != null) {
                return undated(m, offset);
            }
        }
        m = PLACE_DASH.matcher(line);
        if (m.find() && isPlace(m.group("place"))) {
            return undated(m, offset);
        }
        m = PLACE_COLON.matcher(line);
        if (m.find() && isPlace(m.group("place"))) {
            String place = m.group("place");
            boolean capitals = place.equals(place.toUpperCase(Locale.ROOT));
            if (capitals || place.split("\\s+").length <= MAX_TITLE_CASE_PLACE_WORDS) {
                return undated(m, offset);
            }
        }
        return null;
    }

    private static Dateline dated(Matcher m, Integer year, int offset) {
        int month = DatePatterns.monthNumber(m.group("month"));
        int day = DatePatterns.dayNumber(m.group("day"));
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        return new Dateline(m.group("place"), year, month, day, offset, offset + m.end());
    }

    private static Dateline undated(Matcher m, int offset) {
        return new Dateline(m.group("place"), null, null, null, offset, offset + m.end());
    }

    private static boolean isPlace(String candidate) {
        return !NOT_PLACES.contains(candidate.toLowerCase(Locale.ROOT).trim()) && !MONTH_NAME.matcher(candidate).matches();
    }
}
