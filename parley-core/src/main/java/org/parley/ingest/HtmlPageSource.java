package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.html.ExtractedPage;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.model.Article;

/**
 * A saved web page holding one article. The page is refused, with a reason, when it is over the
 * size cap (checked before reading), unreadable, or has no article text.
 */
public final class HtmlPageSource implements ArticleSource {

    /** Real article pages are well under this; a larger file is a dump or an attack. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path path;
    private final String fetchedFrom;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    public HtmlPageSource(Path path) {
        this(path, null);
    }

    /** @param fetchedFrom the page's URL when known (a fetch log, a crawl); used when the page names none */
    public HtmlPageSource(Path path, String fetchedFrom) {
        this.path = path;
        this.fetchedFrom = fetchedFrom;
    }

    @Override
    public Stream<Article> articles(Consumer<ReadProblem> problems) {
        // built when the stream is pulled, not when it is made: streams here are lazy
        return Stream.of(path).flatMap(p -> read(problems).stream());
    }

    private Optional<Article> read(Consumer<ReadProblem> problems) {
        try {
            byte[] bytes = BoundedRead.file(path, MAX_BYTES, "page");
            ExtractedPage page = extractor.extract(bytes, null, fetchedFrom);
            if (page.charsetNote() != null) {
                problems.accept(ReadProblem.notice(path.toString(), null, page.charsetNote()));
            }
            if (!page.hasText()) {
                problems.accept(new ReadProblem(path.toString(), null, "no article text found in the page"));
                return Optional.empty();
            }
            return Optional.of(new Article(TextFileSource.idOf(path), path.toString(), page.url(),
                    page.title(), page.text(), page.published()));
        } catch (RecordException e) {
            problems.accept(e.toProblem());
        } catch (IOException e) {
            problems.accept(new ReadProblem(path.toString(), null, "cannot read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug on hostile input must cost one page, not the batch
            problems.accept(new ReadProblem(path.toString(), null, "cannot parse page: " + e));
        }
        return Optional.empty();
    }
}
