package org.parley.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.DatePrecision;

/**
 * Finds the date an article was published, trying the most reliable evidence first: the date the
 * source gave, the collector's date header, a dated URL, a date-and-byline line near the top. A
 * dated agency dateline is the last resort and is applied by the caller, which finds datelines in
 * the cleaned text. Dates inside prose or photo captions ("..., July 11, 2024. /Agency") are never
 * taken: they tell when something happened, not when the page was written.
 */
final class PublicationDateFinder {

    /** The collector writes " date YYYY-MM-DD" as the first thing in the file. */
    static final Pattern DATE_HEADER = Pattern.compile("^\\s*date (\\d{4})-(\\d{2})-(\\d{2})\\b[ \\t]*");
    /** How far down the page a date-and-byline line may stand. */
    private static final int DATE_LINE_WINDOW = 15;

    /** An address, also one glued to the word before it ("– AGENCYhttps://..."), as pasted pages have them. */
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|\\bwww\\.)[^\\s<>\"'()\\[\\]]+");
    private static final String Y = "((?:19[89]|20\\d)\\d)";
    private static final String M = "(0?[1-9]|1[0-2])";
    private static final String D = "(0?[1-9]|[12]\\d|3[01])";
    /** A year and month in a URL's path with no day after them: "/2023/03/", "/202303/". */
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/?(0[1-9]|1[0-2])/(?!\\d{1,2}(?:[/._-]|$))");

    /** Date shapes seen in news URLs, each with groups year, month, day. */
    private static final List<Pattern> URL_DATES = List.of(
            Pattern.compile("/" + Y + "/" + M + "/" + D + "(?=[/_.-]|$)"),            // /2024/07/08/
            Pattern.compile("/" + Y + "(\\d{2})(\\d{2})(?=[/_.-]|$)"),                  // /20230710/
            Pattern.compile("/" + Y + "(\\d{2})/(\\d{2})(?=[/_.-]|$)"),                 // /202303/10/
            Pattern.compile("/" + Y + "/(\\d{2})(\\d{2})(?=[/_.-]|$)"),                 // /2023/0711/
            Pattern.compile("[/_]" + Y + "-" + M + "-" + D + "(?=[/_.-]|$)"));          // /2024-07-08-
    /** "/07-Apr-2018/": groups day, month name, year. */
    private static final Pattern URL_DAY_MONTH_YEAR = Pattern.compile(
            "/(\\d{1,2})-(" + DatePatterns.MONTH + ")-" + Y + "(?=[/_.-]|$)", Pattern.CASE_INSENSITIVE);
    /**
     * A labelled identifier that starts with the day it was filed, as video agencies number their
     * clips ("Video ID: 20190425-026"): groups year, month, day.
     */
    private static final Pattern STAMPED_ID = Pattern.compile(
            "(?i)^\\s*(?:\\p{L}+\\s+)?id\\s*:\\s*" + Y + "(\\d{2})(\\d{2})(?:[-_/.]\\w+)?\\s*$");
    /** On a line with both, the creation date is the publication date, not the update. */
    private static final Pattern PUBLISHED_WORD = Pattern.compile("(?i)\\b(?:published|created|posted)\\b");

    private PublicationDateFinder() {
    }

    /** @param rawLines the article's lines before any cleaning, in order */
    static Optional<PublishedDate> find(Article article, List<MappedText> rawLines) {
        if (article.published() != null && article.publishedPrecision() == DatePrecision.DAY) {
            return Optional.of(new PublishedDate(article.published(), "source"));
        }
        Optional<LocalDate> d = fromHeader(article.text());
        if (d.isPresent()) {
            return Optional.of(new PublishedDate(d.get(), "date header"));
        }
        // the page's own address outranks an address quoted in the text, which may be another page
        if (article.url() != null) {
            d = fromUrl(article.url());
            if (d.isPresent()) {
                return Optional.of(new PublishedDate(d.get(), "url"));
            }
        }
        Matcher url = URL.matcher(article.text());
        while (url.find()) {
            d = fromUrl(url.group());
            if (d.isPresent()) {
                return Optional.of(new PublishedDate(d.get(), "url"));
            }
        }
        d = fromDateLines(rawLines);
        if (d.isPresent()) {
            return d.map(date -> new PublishedDate(date, "date line"));
        }
        // what the source gave only in part ("2023-03"), or the page's address did (".../2023/03/...")
        if (article.published() != null) {
            return Optional.of(new PublishedDate(article.published(), "source", article.publishedPrecision()));
        }
        return Optional.ofNullable(article.url()).flatMap(PublicationDateFinder::monthFromUrl)
                .map(month -> new PublishedDate(month, "url", DatePrecision.MONTH));
    }

    /** {@code /2023/03/}, {@code /202303/}: a year and month with no day, as a month's first day. */
    static Optional<LocalDate> monthFromUrl(String url) {
        Matcher m = URL_MONTH.matcher(url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", ""));
        while (m.find()) {
            LocalDate first = DatePatterns.dateOrNull(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            if (first != null && first.getYear() >= 1990 && first.getYear() <= LocalDate.now().getYear() + 1) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> fromHeader(String text) {
        Matcher m = DATE_HEADER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(DatePatterns.dateOrNull(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    static Optional<LocalDate> fromUrl(String url) {
        for (Pattern p : URL_DATES) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                LocalDate date = DatePatterns.dateOrNull(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (date != null) {
                    return Optional.of(date);
                }
            }
        }
        Matcher m = URL_DAY_MONTH_YEAR.matcher(url);
        while (m.find()) {
            LocalDate date = DatePatterns.dateOrNull(Integer.parseInt(m.group(3)),
                    DatePatterns.monthNumber(m.group(2)), Integer.parseInt(m.group(1)));
            if (date != null) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The last resort when neither the page nor a dateline dates the story: a clip or story number
     * stamped with its filing day. Any line may carry it; the agencies put it under the story.
     */
    static Optional<LocalDate> fromStampedId(List<MappedText> rawLines) {
        for (MappedText line : rawLines) {
            Matcher m = STAMPED_ID.matcher(line.text());
            if (m.matches()) {
                LocalDate date = DatePatterns.dateOrNull(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (date != null && !date.isAfter(LocalDate.now())) {
                    return Optional.of(date);
                }
            }
        }
        return Optional.empty();
    }

    /** The first line near the top that is only a date, a time and a byline or agency name. */
    static Optional<LocalDate> fromDateLines(List<MappedText> rawLines) {
        for (int i = 0; i < Math.min(DATE_LINE_WINDOW, rawLines.size()); i++) {
            String line = rawLines.get(i).text();
            if (i == 0) {
                line = DATE_HEADER.matcher(line).replaceFirst("");
            }
            if (!DatePatterns.isDateLine(line)) {
                continue;
            }
            List<DatePatterns.Found> dates = DatePatterns.findAll(line);
            if (dates.isEmpty()) {
                continue;
            }
            Matcher published = PUBLISHED_WORD.matcher(line);
            if (published.find()) {
                for (DatePatterns.Found f : dates) {
                    if (f.start() > published.start()) {
                        return Optional.of(f.date());
                    }
                }
            }
            return Optional.of(dates.get(0).date());
        }
        return Optional.empty();
    }
}
