package org.parley.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.stage.Stage;

/**
 * The clean stage: finds the article's publication date and dateline, and reduces the page to the
 * story's own lines (boilerplate dropped, repeats kept once, glued sentences separated), keeping
 * for every character its offset in the original so evidence can be traced back.
 */
public final class Cleaner implements Stage<Article, CleanText> {

    @Override
    public CleanText apply(Article article) {
        String original = article.text();
        List<MappedText> raw = LineSplitter.split(original);
        Optional<PublishedDate> published = PublicationDateFinder.find(article, raw);

        List<MappedText> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            MappedText line = i == 0 ? LineTrims.withoutDateHeader(raw.get(i)) : raw.get(i);
            addIfNotEmpty(lines, LineTrims.withoutCredit(line));
        }
        lines = BoilerplateFilter.filter(lines);
        lines = RepeatFilter.filter(lines);
        if (!lines.isEmpty()) {
            MappedText last = LineTrims.withoutClosingSource(lines.remove(lines.size() - 1));
            addIfNotEmpty(lines, last);
        }
        lines.replaceAll(SentenceGlue::unglue);
        lines.replaceAll(SentenceGlue::mendDayYearStop);

        TextBuilder.Built built = TextBuilder.build(original, lines);
        Dateline dateline = DatelineFinder.find(built.text());
        boolean onlyPartly = published.isPresent() && published.get().precision() != DatePrecision.DAY;
        if ((published.isEmpty() || onlyPartly) && dateline.year() != null && dateline.hasDate()) {
            LocalDate d = DatePatterns.dateOrNull(dateline.year(), dateline.month(), dateline.day());
            if (d != null) {
                published = Optional.of(new PublishedDate(d, "dateline"));
            }
        }
        if (published.isEmpty()) {
            published = PublicationDateFinder.fromStampedId(raw).map(d -> new PublishedDate(d, "stamped id"));
        }
        return new CleanText(article, built.text(), built.offsets(),
                published.map(PublishedDate::date).orElse(null),
                published.map(PublishedDate::how).orElse(null), dateline,
                published.map(PublishedDate::precision).orElse(null));
    }

    private static void addIfNotEmpty(List<MappedText> lines, MappedText line) {
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }
}
