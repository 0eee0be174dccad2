package org.parley.server;

import java.util.function.Function;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.store.Store;

/** Uploads through a reading pipeline into a store; one article at a time, as the store writes serially. */
public final class StoreIngest implements ArticleIngest {

    private final Function<Article, Extraction> reader;
    private final Store store;

    /** @param reader usually {@code Pipeline::process} */
    public StoreIngest(Function<Article, Extraction> reader, Store store) {
        this.reader = reader;
        this.store = store;
    }

    @Override
    public synchronized Result ingest(Article article) {
        String id = article.contentHash();
        if (store.contains(id)) {
            return new Result(id, false, 0);
        }
        Extraction extraction = reader.apply(article);
        boolean stored = store.save(extraction);
        return new Result(id, stored, stored ? extraction.events().size() : 0);
    }
}
