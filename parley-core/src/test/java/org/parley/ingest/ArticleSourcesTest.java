package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void contentDecidesBeforeTheExtension() throws IOException {
        assertInstanceOf(FeedSource.class, ArticleSources.open(file("feed.html", "<?xml version='1.0'?>\n<rss version='2.0'></rss>")));
        assertInstanceOf(FeedSource.class, ArticleSources.open(file("atom.txt", "\uFEFF<feed xmlns='http://www.w3.org/2005/Atom'/>")));
        assertInstanceOf(HtmlPageSource.class, ArticleSources.open(file("page.xml", "  <!DOCTYPE html><html></html>")));
        assertInstanceOf(HtmlPageSource.class, ArticleSources.open(file("page.dat", "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'/>")));
        assertInstanceOf(JsonLinesSource.class, ArticleSources.open(file("export.txt", "{\"text\": \"x\"}\n")));
        assertInstanceOf(WarcSource.class, ArticleSources.open(file("crawl.bin", "WARC/1.0\r\n")));
    }

    @Test
    void gzipWithWarcInsideIsAWarc() throws IOException {
        Path gz = dir.resolve("crawl.dat");
        Files.write(gz, WarcFixtures.bytes(WarcFixtures.warcinfo(), true));
        assertInstanceOf(WarcSource.class, ArticleSources.open(gz));
    }

    @Test
    void extensionDecidesWhenContentSaysNothing() throws IOException {
        assertInstanceOf(HtmlPageSource.class, ArticleSources.open(file("fragment.html", "<p>Just a fragment</p>")));
        assertInstanceOf(FeedSource.class, ArticleSources.open(file("broken.rss", "garbage")));
        assertInstanceOf(WarcSource.class, ArticleSources.open(file("empty.warc.gz", "")));
        assertInstanceOf(TextFileSource.class, ArticleSources.open(file("story.txt", "Envoys met in Lorn.")));
        assertInstanceOf(TextFileSource.class, ArticleSources.open(dir.resolve("missing.txt")));
    }

    @Test
    void expandWalksFoldersRecursivelyInSortedOrder() throws IOException {
        file("b/2.txt", "x");
        file("b/1.txt", "x");
        file("a/z/9.txt", "x");
        file("a/3.txt", "x");
        file("a/.hidden.txt", "x");
        file(".git/config", "x");
        Path single = Files.write(dir.resolve("single.html"), "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        List<String> expanded = ArticleSources.expand(List.of(dir.resolve("b"), single, dir.resolve("a"), dir.resolve("nope")))
                .map(p -> dir.relativize(p).toString()).toList();
        assertEquals(List.of("b/1.txt", "b/2.txt", "single.html", "a/3.txt", "a/z/9.txt", "nope"), expanded);
        assertEquals(List.of("a/3.txt", "a/z/9.txt", "b/1.txt", "b/2.txt", "single.html"),
                ArticleSources.expand(List.of(dir)).map(p -> dir.relativize(p).toString()).toList());
    }
}
