package org.parley.ingest;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.parley.model.Article;

/** A stream pulled one article at a time from a reader, closing the reader when it is closed. */
final class LazyArticles {

    /** Gives the next article, or null at the end of the input. */
    interface NextArticle {
        Article next();
    }

    private LazyArticles() {
    }

    static Stream<Article> stream(NextArticle reader, Runnable onClose) {
        Spliterator<Article> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private boolean done;

            @Override
            public boolean tryAdvance(Consumer<? super Article> action) {
                if (done) {
                    return false;
                }
                Article next = reader.next();
                if (next == null) {
                    done = true;
                    onClose.run();
                    return false;
                }
                action.accept(next);
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(onClose);
    }
}
