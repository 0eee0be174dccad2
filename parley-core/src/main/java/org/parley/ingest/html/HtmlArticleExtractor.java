package org.parley.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into its article: metadata from the markup, and the main text with
 * navigation, share bars, related lists, cookie banners, comments and all scripts left out.
 * Stateless and thread-safe; used by the page, WARC, feed and JSON Lines readers alike.
 */
public final class HtmlArticleExtractor {

    /** Decodes the bytes (see {@link HtmlCharset}) and extracts; {@code contentType} may be null. */
    public ExtractedPage extract(byte[] page, String contentType, String fetchedFrom) {
        HtmlCharset.Decoded decoded = HtmlCharset.read(page, contentType);
        return extract(decoded.text(), fetchedFrom).withCharsetNote(decoded.note());
    }

    /**
     * @param html        the page
     * @param fetchedFrom the URL the page came from (WARC target, feed link), used to resolve
     *                    relative links and as the fallback URL; may be null
     */
    public ExtractedPage extract(String html, String fetchedFrom) {
        Document doc = Jsoup.parse(html, fetchedFrom == null ? "" : fetchedFrom);
        String title = PageMetadata.title(doc);
        String url = PageMetadata.url(doc, fetchedFrom);
        var published = PageMetadata.published(doc, url, fetchedFrom);
        String siteName = PageMetadata.siteName(doc);
        Boilerplate.remove(doc);
        String text = MainText.of(doc.body() != null ? doc.body() : doc);
        return new ExtractedPage(title, url, published, siteName, text);
    }

    /**
     * Plain text of an HTML fragment that is already the article (a feed item's content, a JSON
     * export's html field): scripts and chrome dropped, no main-text selection, one block per line.
     */
    public String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Element body = doc.body();
        Boilerplate.remove(body);
        BlockText text = new BlockText();
        text.append(body);
        return text.text();
    }
}
