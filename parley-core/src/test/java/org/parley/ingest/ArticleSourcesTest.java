package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    private static final Consumer<ReadProblem> NO_SKIPS = p -> {
        throw new AssertionError("nothing should be skipped: " + p.oneLine());
    };

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
        List<String> expanded = ArticleSources.expand(List.of(dir.resolve("b"), single, dir.resolve("a"), dir.resolve("nope")), NO_SKIPS)
                .map(p -> dir.relativize(p).toString()).toList();
        assertEquals(List.of("b/1.txt", "b/2.txt", "single.html", "a/3.txt", "a/z/9.txt", "nope"), expanded);
        assertEquals(List.of("a/3.txt", "a/z/9.txt", "b/1.txt", "b/2.txt", "single.html"),
                ArticleSources.expand(List.of(dir), NO_SKIPS).map(p -> dir.relativize(p).toString()).toList());
    }

    @Test
    void linksToFilesAndFoldersAreFollowedAndLoopsAreSkippedOneLineEach() throws IOException {
        Path folder = dir.resolve("in");
        file("in/story.txt", "x");
        file("elsewhere/good.txt", "x");
        file("other/deep.txt", "x");
        Files.createSymbolicLink(folder.resolve("good-link.txt"), dir.resolve("elsewhere/good.txt"));
        Files.createSymbolicLink(folder.resolve("other-folder"), dir.resolve("other"));
        Files.createSymbolicLink(folder.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(folder.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(folder.resolve("ping.txt"), Path.of("pong.txt"));
        Files.createSymbolicLink(folder.resolve("pong.txt"), Path.of("ping.txt"));
        Files.createSymbolicLink(folder.resolve("gone.txt"), Path.of("nowhere.txt"));
        List<ReadProblem> skipped = new ArrayList<>();

        List<String> found = ArticleSources.expand(List.of(folder), skipped::add)
                .map(p -> folder.relativize(p).toString()).toList();

        assertEquals(List.of("good-link.txt", "other-folder/deep.txt", "story.txt"), found);
        assertEquals(List.of(
                        "gone.txt: a link to nowhere.txt, which does not exist",
                        "ping.txt: a symbolic link loop (pong.txt)",
                        "pong.txt: a symbolic link loop (ping.txt)",
                        "self.txt: a symbolic link loop (self.txt)",
                        "up: a link to a folder that contains it (..), a loop"),
                skipped.stream().map(p -> folder.relativize(Path.of(p.origin())) + ": " + p.reason()).sorted().toList());
    }
}
