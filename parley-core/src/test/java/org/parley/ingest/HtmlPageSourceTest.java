package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class HtmlPageSourceTest {

    @TempDir
    Path dir;
    final List<ReadProblem> problems = new ArrayList<>();

    @Test
    void savedPageBecomesOneArticleNamedByItsFile() throws IOException {
        Path page = dir.resolve("ministers-meet.html");
        Files.copy(FeedSourceTest.resource("article.html"), page);
        List<Article> articles = new HtmlPageSource(page).articles(problems::add).toList();
        assertEquals(List.of(), problems);
        Article a = articles.get(0);
        assertEquals("ministers-meet", a.id());
        assertEquals(page.toString(), a.origin());
        assertEquals(LocalDate.of(2024, 7, 8), a.published());
        assertEquals("https://ledger.example/world/ministers-meet", a.url()); // og:url: the canonical link is relative
        assertEquals(4, a.text().lines().count());
    }

    @Test
    void pageWithoutTextIsAProblem() throws IOException {
        Path page = Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        assertEquals(List.of(), new HtmlPageSource(page).articles(problems::add).toList());
        assertEquals("no article text found in the page", problems.get(0).reason());
    }

    @Test
    void hundredMegabytePageIsRefusedWithoutReadingIt() throws IOException {
        Path page = dir.resolve("huge.html");
        byte[] chunk = "<p>The delegates talked, and talked, and talked again.</p>\n".repeat(16_000)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(page)) {
            out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        List<Article> articles = new ArrayList<>();
        long allocated = Allocation.bytesAllocatedBy(() -> {
            try (ArticleSource source = ArticleSources.open(page)) {
                source.articles(problems::add).forEach(articles::add);
            }
        });
        assertEquals(List.of(), articles);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("page is 100 MB, over the 20 MB limit"), problems.get(0).reason());
        assertTrue(allocated < 8L * 1024 * 1024, "allocated " + allocated + " bytes");
    }
}
