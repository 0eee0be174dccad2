package org.parley.ingest;

import java.io.Closeable;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.model.Article;

/**
 * One input (a file, an archive, a feed) read as a stream of articles. A record that cannot be
 * read is passed to the problem handler and skipped; the stream goes on with the next record.
 * An I/O error that makes the rest unreadable ends the stream after reporting it.
 */
public interface ArticleSource extends Closeable {

    Stream<Article> articles(Consumer<ReadProblem> problems);

    /**
     * Records passed over on purpose, not errors (a WARC request record, an image response, a feed
     * item without text), counted by reason; complete once the stream has been consumed. For the
     * run summary: these are "skipped", the problems are "failed".
     */
    default Map<String, Long> skipped() {
        return Map.of();
    }

    @Override
    default void close() {
    }
}
