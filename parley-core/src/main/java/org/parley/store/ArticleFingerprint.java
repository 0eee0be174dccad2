package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored article's text fingerprint, for finding near-duplicates of it.
 *
 * @param articleId   the article's id in the store ({@code Article.contentHash()})
 * @param fingerprint its SimHash
 * @param origin      where it was first read from
 * @param published   its publication date as stored, or null
 */
public record ArticleFingerprint(String articleId, long fingerprint, String origin, LocalDate published) {

    public ArticleFingerprint {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(origin, "origin");
    }
}
