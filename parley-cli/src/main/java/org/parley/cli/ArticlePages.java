package org.parley.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Plain-text articles dressed as the web pages and WARC captures they would have come from: a
 * minimal page (title, og:url, a published meta when the date is known, an {@code <article>} with
 * one paragraph per line, and a little navigation to be dropped). For measuring what reading HTML
 * and WARC costs over text, and whether it changes what is extracted.
 */
final class ArticlePages {

    /** Pages are given URLs here; the last path segment is the article id. */
    static final String BASE_URL = "https://news.parley.invalid/articles/";

    /**
     * @param id        the article id, the last segment of the page URL
     * @param published the page's published date, or null
     */
    record Page(String id, String url, LocalDate published, String html) {
    }

    private ArticlePages() {
    }

    static Page page(String id, String text, LocalDate published) {
        String url = BASE_URL + id;
        return new Page(id, url, published, html(text, url, published));
    }

    /** The id a page's URL stands for, or null when the URL is not one of {@link #page}'s. */
    static String idOfUrl(String url) {
        return url != null && url.startsWith(BASE_URL) ? url.substring(BASE_URL.length()) : null;
    }

    static String html(String text, String url, LocalDate published) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(lines.isEmpty() ? "" : lines.get(0))).append("</title>\n")
                .append("<meta property=\"og:url\" content=\"").append(escape(url)).append("\">\n");
        if (published != null) {
            page.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n");
        }
        page.append("</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article>\n");
        for (String line : lines) {
            page.append("<p>").append(escape(line)).append("</p>\n");
        }
        return page.append("</article>\n<footer>Parley test pages</footer>\n</body></html>\n").toString();
    }

    /**
     * Writes the pages as HTTP 200 responses into one WARC file (gzipped when the name ends in
     * .gz), each captured on its published day at noon UTC, else at {@code captured}.
     */
    static void writeWarc(Path file, List<Page> pages, Instant captured) throws IOException {
        WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (Page page : pages) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, page.html().getBytes(StandardCharsets.UTF_8)).build();
                Instant date = page.published() != null
                        ? page.published().atTime(12, 0).toInstant(ZoneOffset.UTC) : captured;
                writer.write(new WarcResponse.Builder(page.url()).date(date).body(http).build());
            }
        }
    }

    static List<Page> pages(List<Article> articles) {
        List<Page> pages = new ArrayList<>();
        for (Article a : articles) {
            pages.add(page(a.id(), a.text(), a.published()));
        }
        return pages;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A plain-text article to dress: id, text and (if known) published date. */
    record Article(String id, String text, LocalDate published) {
    }
}
