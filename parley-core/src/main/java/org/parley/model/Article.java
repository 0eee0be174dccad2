package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its source, before any cleaning.
 *
 * @param id        stable name of the article within its batch (file name without extension, record id)
 * @param origin    where it was read from: a file path, a WARC record, a feed item
 * @param url       the page's own URL when the source knows it, else null
 * @param title     the title when the source gives it separately from the text, else null
 * @param text      the text exactly as collected (boilerplate and all)
 * @param published the publication date the source gives outside the text (feed date, HTML meta), else null;
 *                  the first day of its month or year when the source gives no more
 * @param publishedPrecision how much of {@code published} the source gave ("published": "2023-03" is a month);
 *                  null exactly when {@code published} is
 */
public record Article(String id, String origin, String url, String title, String text, LocalDate published,
                      DatePrecision publishedPrecision) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        publishedPrecision = DatePrecision.of(published, publishedPrecision);
    }

    /** An article whose published date, if any, is a day. */
    public Article(String id, String origin, String url, String title, String text, LocalDate published) {
        this(id, origin, url, title, text, published, DatePrecision.DAY);
    }

    public static Article ofText(String id, String origin, String text) {
        return new Article(id, origin, null, null, text, null);
    }

    /** SHA-256 of the text: the same text ingested twice is one article. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
