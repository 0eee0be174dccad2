package org.parley.server;

import org.parley.model.Article;

/** Reads one uploaded article into the store: the server's only way to write. */
@FunctionalInterface
public interface ArticleIngest {

    Result ingest(Article article);

    /** @param stored false when the same text was already stored */
    record Result(String articleId, boolean stored, int events) {
    }
}
