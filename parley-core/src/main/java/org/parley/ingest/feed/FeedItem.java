package org.parley.ingest.feed;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.ingest.ArticleIds;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.model.Article;

/**
 * One item of an RSS or Atom feed.
 *
 * @param link      the item's page (RSS link, Atom alternate link), http(s) only, else null
 * @param title     the item title, else null
 * @param published the item's published (else updated) date, as a UTC day, else null
 * @param content   the item's content (content:encoded, Atom content), else its description; may be empty
 * @param isHtml    whether content is HTML (it is, for nearly every feed) or plain text
 */
public record FeedItem(String link, String title, LocalDate published, String content, boolean isHtml) {

    public FeedItem {
        content = content == null ? "" : content;
    }

    /**
     * The item as an article from its own content; empty when it has no text. The id is derived
     * from the link (stable across polls), else {@code fallbackId}.
     */
    public Optional<Article> toArticle(String origin, String fallbackId, HtmlArticleExtractor extractor) {
        String text = isHtml ? extractor.fragmentText(content) : content.strip();
        if (text.isBlank()) {
            return Optional.empty();
        }
        String id = link != null ? ArticleIds.ofUrl(link) : fallbackId;
        return Optional.of(new Article(id, origin, link, title, text, published));
    }
}
