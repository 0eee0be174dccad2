package org.parley.nlp.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.clean.CleanText;
import org.parley.clean.Dateline;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.FuzzyDate;

/**
 * What relative dates in one article are resolved against.
 *
 * @param anchor       the day the article speaks from ("today"), or null when nothing gives one
 * @param anchorSource where the anchor came from: ARTICLE_DATE (dateline or published date),
 *                     INFERRED_YEAR (the latest full date in the text), NONE (no anchor)
 * @param yearHint     the anchor's year; without an anchor the most common year of the dates stated in
 *                     the text; else null
 */
public record DateContext(LocalDate anchor, DateSource anchorSource, Integer yearHint) {

    public DateContext {
        if (anchorSource == null) {
            anchorSource = anchor == null ? DateSource.NONE : DateSource.ARTICLE_DATE;
        }
        if (anchor != null && yearHint == null) {
            yearHint = anchor.getYear();
        }
    }

    /** A context with only an anchor (tests, callers that know the date). */
    public static DateContext at(LocalDate anchor) {
        return new DateContext(anchor, anchor == null ? DateSource.NONE : DateSource.ARTICLE_DATE, null);
    }

    /**
     * As {@link #of(String, LocalDate, Dateline)}, except that a date the source gave outside the
     * text (a crawl's capture date, a page's last update) more than a year after every full date in
     * the text is not when the story was written: the text's own latest date anchors it instead.
     */
    public static DateContext of(CleanText clean) {
        DateContext context = of(clean.text(), latestDayOf(clean), clean.dateline());
        if ("source".equals(clean.publishedHow()) && clean.published() != null) {
            DateContext fromText = of(clean.text(), null, Dateline.NONE);
            if (fromText.anchor() != null && fromText.anchor().isBefore(clean.published().minusDays(365))) {
                return fromText;
            }
        }
        return context;
    }

    /**
     * The last day the publication date allows: a month's last day when only the month is known
     * ("/2023/03/"), so that "on Monday" falls in that month; the dates resolved from it are then known
     * to that month only (the extractor says so).
     */
    private static LocalDate latestDayOf(CleanText clean) {
        LocalDate d = clean.published();
        if (d == null || clean.publishedPrecision() == DatePrecision.DAY) {
            return d;
        }
        return clean.publishedPrecision() == DatePrecision.MONTH ? d.withDayOfMonth(d.lengthOfMonth())
                : d.withDayOfYear(d.lengthOfYear());
    }

    /**
     * The anchor is, in order: the dateline's day (the story was written there and then; the article
     * record may be a day later), the published date, the latest full date in the text (a photo caption
     * usually dates the event reported, which is the best guess left).
     */
    public static DateContext of(String text, LocalDate published, Dateline dateline) {
        List<FuzzyDate> stated = ExplicitRules.statedDates(text == null ? "" : text);
        Integer commonYear = mostCommonYear(stated);
        if (dateline != null && dateline.hasDate()) {
            LocalDate d = datelineDay(dateline, published, stated, commonYear);
            if (d != null) {
                return new DateContext(d, DateSource.ARTICLE_DATE, d.getYear());
            }
        }
        if (published != null) {
            return new DateContext(published, DateSource.ARTICLE_DATE, published.getYear());
        }
        LocalDate latest = stated.stream()
                .filter(f -> f.precision() == DatePrecision.DAY)
                .map(FuzzyDate::value)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (latest != null) {
            return new DateContext(latest, DateSource.INFERRED_YEAR, latest.getYear());
        }
        return new DateContext(null, DateSource.NONE, commonYear);
    }

    /**
     * The dateline's month and day in its own year, else in the year that puts it nearest the published
     * date ("MOSCOW, December 31" published January 2 is last year's), else nearest the latest full date
     * in the text, else in the most common year of the text. Null when none of those exist.
     */
    private static LocalDate datelineDay(Dateline dl, LocalDate published, List<FuzzyDate> stated, Integer commonYear) {
        if (dl.year() != null) {
            return Resolve.date(dl.year(), dl.month(), dl.day());
        }
        LocalDate reference = published;
        if (reference == null) {
            reference = stated.stream().map(FuzzyDate::value).max(Comparator.naturalOrder()).orElse(null);
        }
        if (reference == null) {
            return commonYear == null ? null : Resolve.date(commonYear, dl.month(), dl.day());
        }
        // a dateline is never much later than its publication: PAST, nearest year
        return Resolve.dayWithoutYear(dl.month(), dl.day(), at(reference), Direction.PAST);
    }

    /** Ties go to the later year: the article is more likely about the latest of them. */
    static Integer mostCommonYear(List<FuzzyDate> dates) {
        Map<Integer, Long> counts = dates.stream().collect(Collectors.groupingBy(FuzzyDate::year, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
