package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.feed.FeedItem;
import org.parley.ingest.feed.FeedParser;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.model.Article;

/**
 * An RSS or Atom file: each item with text becomes an article (its link as url, its content or
 * description as text). Items without text are counted in {@link #skipped()}; a malformed or
 * hostile file (DOCTYPE, entity expansion) is one problem. Use {@code FeedWatcher} to follow
 * feeds over HTTP and fetch each item's full page.
 */
public final class FeedSource implements ArticleSource {

    private final Path path;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final SkipCounts skipped = new SkipCounts();

    public FeedSource(Path path) {
        this.path = path;
    }

    @Override
    public Stream<Article> articles(Consumer<ReadProblem> problems) {
        return LazyArticles.stream(new Items(problems), () -> { });
    }

    /** Parses on the first pull; the items of one (size-capped) feed are then in memory. */
    private final class Items implements LazyArticles.NextArticle {
        private final Consumer<ReadProblem> problems;
        private Iterator<FeedItem> items;
        private int index;

        Items(Consumer<ReadProblem> problems) {
            this.problems = problems;
        }

        @Override
        public Article next() {
            if (items == null) {
                items = read(problems).iterator();
            }
            while (items.hasNext()) {
                Optional<Article> article = toArticle(items.next(), ++index, problems);
                if (article.isPresent()) {
                    return article.get();
                }
            }
            return null;
        }
    }

    private List<FeedItem> read(Consumer<ReadProblem> problems) {
        try {
            return FeedParser.parse(BoundedRead.file(path, FeedParser.MAX_FEED_BYTES, "feed"), path.toString());
        } catch (RecordException e) {
            problems.accept(e.toProblem());
        } catch (IOException e) {
            problems.accept(new ReadProblem(path.toString(), null, "cannot read: " + e.getMessage()));
        }
        return List.of();
    }

    private Optional<Article> toArticle(FeedItem item, int index, Consumer<ReadProblem> problems) {
        try {
            Optional<Article> article = item.toArticle(path + "#item" + index, TextFileSource.idOf(path) + "-" + index, extractor);
            if (article.isEmpty()) {
                skipped.add("feed item without text");
            }
            return article;
        } catch (RuntimeException | StackOverflowError e) {
            problems.accept(new ReadProblem(path.toString(), "item " + index, "unreadable item: " + e));
            return Optional.empty();
        }
    }

    @Override
    public Map<String, Long> skipped() {
        return skipped.snapshot();
    }
}
