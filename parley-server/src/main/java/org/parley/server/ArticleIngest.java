package org.parley.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.parley.model.Article;

/** Reads one uploaded article into the store: the server's only way to write. */
@FunctionalInterface
public interface ArticleIngest {

    Result ingest(Article article);

    /**
     * @param articleId the article's id, or for a copy the id of the stored article it copies
     * @param stored    false when the article was not stored (the same text stored already, a copy, not English)
     * @param note      why it was not stored, when it was not: "already stored", "near-duplicate of ...", "not in English (fr)"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String articleId, boolean stored, int events, String note) {

        public Result(String articleId, boolean stored, int events) {
            this(articleId, stored, events, null);
        }
    }
}
