package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import org.parley.store.SqliteStore;
import org.parley.store.Store;

/**
 * The one test over a database built by the real reading path ({@link Pipeline#standard()}, CoreNLP loaded
 * once per JVM, about 15 s): whatever events the extractor finds, the API serves them with sources whose
 * offsets point at their evidence in the article text, and search finds the articles.
 */
class RealIngestApiTest {

    @TempDir
    Path dir;

    private static final List<Article> ARTICLES = List.of(
            new Article("geneva", "test/geneva.txt", "https://news.example.org/geneva", "Vogt meets Imhof", """
                    GENEVA, May 14, 2024 -- Swiss Foreign Minister Hanna Vogt met Austrian Foreign Minister Karl Imhof in Geneva on Tuesday.
                    The two ministers discussed rail links across the Alps and agreed to meet again in Vienna in the autumn.
                    """, null),
            new Article("ottawa", "test/ottawa.txt", null, "A call on Arctic research", """
                    OTTAWA, March 3, 2024 -- Canadian Prime Minister Claire Dubois spoke by telephone with Danish Prime Minister Mette Lund on Sunday.
                    They agreed to expand joint Arctic research stations.
                    """, null),
            new Article("nairobi", "test/nairobi.txt", null, "Visit to Nairobi", """
                    NAIROBI, June 20, 2024 -- Ghanaian Foreign Minister Kofi Mensah arrived in Nairobi on Thursday for a two-day official visit.
                    Mensah held talks with Kenyan Foreign Minister Grace Wanjiru on trade and regional security.
                    """, null));

    @Test
    void apiServesWhatTheRealPipelineStored() {
        Path db = dir.resolve("real.db");
        Pipeline pipeline = Pipeline.standard();
        try (Store store = SqliteStore.open(db)) {
            ARTICLES.forEach(a -> store.save(pipeline.process(a)));
        }
        try (RunningServer server = new RunningServer(db)) {
            JsonNode events = server.json("/api/events?limit=500").get("events");
            assertFalse(events.isEmpty(), "the extractor found no event in three plain reports");
            for (JsonNode e : events) {
                JsonNode source = server.json("/api/events/" + e.get("id").asText()).get("sources").get(0);
                String text = server.json("/api/articles/" + source.get("articleId").asText()).get("text").asText();
                assertEquals(source.get("evidence").asText(),
                        text.substring(source.get("begin").asInt(), source.get("end").asInt()));
                assertTrue(ARTICLES.stream().anyMatch(a -> a.text().equals(text)));
            }
            assertEquals(1, server.json("/api/search?q=Alps").get("hits").size());
            assertFalse(server.json("/api/actors").get("actors").isEmpty());
        }
    }
}
