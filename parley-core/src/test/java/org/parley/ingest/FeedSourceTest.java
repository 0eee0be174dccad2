package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class FeedSourceTest {

    final List<ReadProblem> problems = new ArrayList<>();

    static Path resource(String name) {
        try {
            return Path.of(FeedSourceTest.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Article> read(FeedSource source) {
        try (source) {
            return source.articles(problems::add).toList();
        }
    }

    @Test
    void rssItemsBecomeArticlesWithContentPreferredOverDescription() {
        FeedSource source = new FeedSource(resource("feed-rss.xml"));
        List<Article> articles = read(source);
        assertEquals(List.of(), problems);
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("https://ledger.example/world/2024/07/08/consulates", first.url());
        assertEquals("Veloria and Ostmark reopen consulates", first.title());
        assertEquals(LocalDate.of(2024, 7, 8), first.published());
        assertEquals("The two governments agreed on Monday to reopen their consulates.\n"
                + "Officials will meet again in September.", first.text());
        assertEquals("Delegates from five coastal states met in Kessel on Tuesday.", articles.get(1).text());
        assertEquals(Map.of("feed item without text", 1L), source.skipped());
    }

    @Test
    void itemIdsAreStableAcrossReads() {
        List<Article> once = read(new FeedSource(resource("feed-rss.xml")));
        List<Article> twice = read(new FeedSource(resource("feed-rss.xml")));
        assertEquals(once.get(0).id(), twice.get(0).id());
        assertTrue(once.get(0).id().startsWith("ledger-example-"), once.get(0).id());
    }

    @Test
    void atomEntriesBecomeArticlesWithUpdatedDateAsFallback() {
        List<Article> articles = read(new FeedSource(resource("feed-atom.xml")));
        assertEquals(List.of(), problems);
        assertEquals(2, articles.size());
        assertEquals("https://gazette.example/2024/07/10/summit", articles.get(0).url());
        assertEquals(LocalDate.of(2024, 7, 10), articles.get(0).published());
        assertEquals("A summit of coastal states ended in Lorn with a short statement.", articles.get(0).text());
        assertEquals(LocalDate.of(2024, 7, 9), articles.get(1).published());
        assertEquals("Ostmark recalled its envoy to Veloria for consultations.", articles.get(1).text());
    }

    @Test
    void malformedXmlIsOneProblem() {
        assertEquals(List.of(), read(new FeedSource(resource("feed-malformed.xml"))));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("not a readable feed"), problems.get(0).reason());
    }

    @Test
    void billionLaughsIsRefusedNeverExpanded() {
        List<Article> articles = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> read(new FeedSource(resource("feed-billion-laughs.xml"))));
        assertEquals(List.of(), articles);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().toLowerCase().contains("doctype"), problems.get(0).reason());
    }

    @Test
    void externalEntitiesAreRefused() {
        assertEquals(List.of(), read(new FeedSource(resource("feed-xxe.xml"))));
        assertEquals(1, problems.size());
    }

    @Test
    void missingFileIsOneProblem() {
        assertEquals(List.of(), read(new FeedSource(Path.of("no/such/feed.xml"))));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("cannot read"));
    }
}
