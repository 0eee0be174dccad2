package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actors, the network, search and monthly counts over real HTTP, against {@link DeskArticles}. */
class DeskApiTest {

    @TempDir
    static Path dir;

    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(DeskArticles.database(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void actorsComeMostActiveFirstWithAccentsFoldedTogether() {
        JsonNode actors = server.json("/api/actors?limit=3").get("actors");
        assertEquals(List.of("anna_berg", "tomas_lind", "maria_kask"), texts(actors, "id"));
        assertEquals(7, actors.get(0).get("events").asInt());
        assertEquals(4, actors.get(2).get("events").asInt());
    }

    @Test
    void actorsCanBeFoundByPartOfTheirName() {
        assertEquals(List.of("lucia_sanchez"), texts(server.json("/api/actors?q=S%C3%81NCH").get("actors"), "id"));
    }

    @Test
    void actorProfileShowsTitlesOverTimeCounterpartsAndEvents() {
        JsonNode lind = server.json("/api/actors/tomas_lind");
        assertEquals("Tomas Lind", lind.get("name").asText());
        assertEquals("[\"FIN\"]", lind.get("countries").toString());
        JsonNode titles = lind.get("titles");
        assertEquals(List.of("Minister of Trade", "Foreign Minister"), texts(titles, "title"));
        assertEquals("2024-01-11", titles.get(0).get("first").asText());
        assertEquals("2024-03-05", titles.get(1).get("first").asText());
        assertEquals("2024-06-12", titles.get(1).get("last").asText());
        assertEquals("anna_berg", lind.get("counterparts").get(0).get("actorId").asText());
        assertEquals(3, lind.get("counterparts").get(0).get("events").asInt());
        assertEquals(5, lind.get("eventCount").asInt());
        assertEquals(5, lind.get("events").size());
    }

    @Test
    void actorProfileListsEveryWrittenFormOfTheName() {
        JsonNode sanchez = server.json("/api/actors/lucia_sanchez");
        assertEquals("Lucia Sanchez", sanchez.get("name").asText());
        assertEquals("[\"Lucia Sanchez\",\"Lucía Sánchez\"]", sanchez.get("names").toString());
    }

    @Test
    void networkOfPeopleWeighsEdgesByEventsTogether() {
        JsonNode net = server.json("/api/network");
        assertEquals("people", net.get("level").asText());
        assertEquals(12, net.get("events").asInt());
        JsonNode heaviest = net.get("edges").get(0);
        assertEquals("anna_berg", heaviest.get("source").asText());
        assertEquals("tomas_lind", heaviest.get("target").asText());
        assertEquals(3, heaviest.get("weight").asInt());
        assertEquals("Anna Berg", net.get("nodes").get(0).get("label").asText());
    }

    @Test
    void networkOfCountriesIsFilterable() {
        JsonNode net = server.json("/api/network?level=countries&country=EST");
        assertEquals(List.of("EST", "DNK", "NOR"), texts(net.get("nodes"), "id"));
        assertEquals(4, net.get("events").asInt());
    }

    @Test
    void searchFindsArticlesAndEvidenceWithMarkedWords() {
        JsonNode hits = server.json("/api/search?q=rail").get("hits");
        assertEquals(2, hits.size());
        for (JsonNode hit : hits) {
            assertEquals("article", hit.get("kind").asText());
            List<String> marked = new ArrayList<>();
            hit.get("snippet").forEach(p -> {
                if (p.get("match").asBoolean()) {
                    marked.add(p.get("text").asText());
                }
            });
            assertEquals(List.of("rail"), marked);
        }
        JsonNode evidence = server.json("/api/search?q=wind%20offshore").get("hits");
        assertEquals(List.of("article", "evidence"), texts(evidence, "kind").stream().sorted().toList());
    }

    @Test
    void searchTakesQueryOperatorsAsPlainWords() {
        assertEquals(200, server.get("/api/search?q=%22rail%20AND%20(NEAR").status());
        assertFalse(server.json("/api/search?q=Sanchez").get("hits").isEmpty());
        assertEquals(server.json("/api/search?q=sanchez").get("hits").size(),
                server.json("/api/search?q=S%C3%A1nchez").get("hits").size());
    }

    @Test
    void monthlyCountsGoByTypeAndByPair() {
        JsonNode stats = server.json("/api/stats/monthly");
        assertTrue(stats.get("byType").toString().contains("{\"month\":\"2024-05\",\"key\":\"agreement\",\"count\":1}"));
        assertTrue(stats.get("byType").toString().contains("{\"month\":\"2024-06\",\"key\":\"meeting\",\"count\":1}"));
        assertEquals("FIN-NOR", stats.get("pairs").get(0).asText());
        int finNor = 0;
        for (JsonNode c : stats.get("byPair")) {
            if (c.get("key").asText().equals("FIN-NOR")) {
                finNor += c.get("count").asInt();
            }
        }
        assertEquals(3, finNor);
    }

    @Test
    void monthlyCountsFollowTheFilters() {
        JsonNode stats = server.json("/api/stats/monthly?type=visit");
        assertEquals(List.of("2024-01", "2024-06", "2024-09"), texts(stats.get("byType"), "month"));
    }
}
