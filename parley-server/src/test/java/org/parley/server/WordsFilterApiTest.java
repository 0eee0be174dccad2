package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline's words filter ({@code GET /api/events?q=}) matches as the search page does: each word a prefix,
 * word forms alike, accents folded; over {@link RailwayArticles} in a SQLite file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordsFilterApiTest {

    @TempDir
    static Path dir;

    RunningServer server;

    /** The database the server reads, holding {@link RailwayArticles}; here a SQLite file. */
    String database() throws Exception {
        return RailwayArticles.fill(dir.resolve("words.db").toString());
    }

    /** Runs after the server stops, so that a subclass may drop its database. */
    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        server = new RunningServer(database());
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        dropDatabase();
    }

    private List<String> timeline(String query) {
        List<String> out = new ArrayList<>();
        server.json("/api/events?" + query).get("events").forEach(e -> out.add(e.get("date").get("start").asText(null)));
        return out;
    }

    private List<String> words(String words) {
        return timeline("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    @Test
    void aWordFindsTheWordsItBegins() {
        assertEquals(List.of(RailwayArticles.RAILWAY_DAY), words("rail"));
        assertEquals(List.of(RailwayArticles.RAILWAY_DAY), words("railway"));
        assertEquals(List.of("2024-05-14"), words("offsh wi"));
        assertEquals(List.of("2024-06-12", "2024-06"), words("Helsin"));
        assertEquals(List.of(), words("railways corridors Oslo"));
    }

    @Test
    void wordFormsAreOneWord() {
        assertEquals(List.of("2024-09", "2024-01-11"), words("visits"));
        assertEquals(words("visits"), words("visited"));
    }

    @Test
    void accentsAndCaseAreFolded() {
        List<String> sanchez = List.of("2024-02-01", "2024-01-20", "2024-01-11");
        assertEquals(sanchez, words("sanchez"));
        assertEquals(sanchez, words("Sánchez"));
        assertEquals(sanchez, words("SÁNCH"));
    }

    @Test
    void prefixesCombineWithTheOtherFilters() {
        assertEquals(List.of(RailwayArticles.RAILWAY_DAY), timeline("country=POL&q=rail"));
        assertEquals(List.of(), timeline("country=NOR&q=rail"));
        assertEquals(List.of("2024-06-12"), timeline("pair=FIN-NOR&q=Helsin&status=occurred"));
        assertEquals(List.of("2024-01-11"), timeline("actor=Tomas%20Lind&q=visits"));
        assertEquals(List.of("2024-09"), timeline("q=visits&from=2024-02"));
    }

    private static String month(String date) {
        return date == null ? "undated" : date.substring(0, 7);
    }

    /**
     * Every word the search page finds in evidence, the words filter finds in the same events (compared by
     * month: a search hit gives a month-precise date as its first day).
     */
    @Test
    void theWordsFilterFindsTheEvidenceTheSearchPageFinds() {
        for (String words : Arrays.asList("rail", "visits", "Sánch", "minis", "Berg", "tele", "offshore wind", "Tallinn", "quota")) {
            String q = URLEncoder.encode(words, StandardCharsets.UTF_8);
            List<String> found = new ArrayList<>();
            for (JsonNode hit : server.json("/api/search?limit=100&q=" + q).get("hits")) {
                if (hit.get("kind").asText().equals("evidence")) {
                    found.add(month(hit.get("date").asText(null)));
                }
            }
            List<String> listed = words(words).stream().map(WordsFilterApiTest::month).toList();
            assertEquals(found.stream().sorted().toList(), listed.stream().sorted().toList(), words);
        }
    }
}
