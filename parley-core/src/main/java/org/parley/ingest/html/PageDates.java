package org.parley.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from the strings pages carry: ISO dates and date-times, compact
 * {@code 20240708}, RFC 1123 (feeds, HTTP), and dates inside URLs. The date is kept as the
 * publisher wrote it: {@code 2024-07-08T23:30-04:00} is 8 July, not converted to UTC, because the
 * article's own "today" is the publisher's local day.
 */
public final class PageDates {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s_])");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:$|\\s)");
    private static final Pattern URL_SLASHED = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=/|$|[?#.])");
    private static final Pattern URL_DASHED = Pattern.compile("(?:^|[/_.-])(\\d{4})-(\\d{2})-(\\d{2})(?=$|[/_.?#-])");
    private static final Pattern URL_COMPACT = Pattern.compile("/(\\d{4})(\\d{2})(\\d{2})(?=$|[/_.?#-])");

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** Earlier dates in news pages are almost always a part number or a misread field. */
    private static final int FIRST_YEAR = 1990;

    private PageDates() {
    }

    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (Pattern p : new Pattern[] {ISO, COMPACT, SLASHED}) {
            Matcher m = p.matcher(v);
            if (m.find()) {
                return dateOf(m.group(1), m.group(2), m.group(3));
            }
        }
        try {
            return plausible(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A year and month alone, {@code "2023-03"}, as the month's first day. */
    public static Optional<LocalDate> parseMonth(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = YEAR_MONTH.matcher(value.strip());
        return m.matches() ? dateOf(m.group(1), m.group(2), "1") : Optional.empty();
    }

    /** {@code /2024/07/08/}, {@code /20230710/}, {@code 2024-07-08} in a URL's path. */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        for (Pattern p : new Pattern[] {URL_SLASHED, URL_DASHED, URL_COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<LocalDate> date = dateOf(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateOf(String year, String month, String day) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plausible(LocalDate date) {
        int latest = LocalDate.now().getYear() + 1;
        return date.getYear() >= FIRST_YEAR && date.getYear() <= latest ? Optional.of(date) : Optional.empty();
    }
}
