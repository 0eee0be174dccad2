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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Actors, the network, search and monthly counts over real HTTP, against {@link DeskArticles}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskApiTest {

    @TempDir
    static Path dir;

    RunningServer server;

    /** The database the server reads, holding {@link DeskArticles}; here a SQLite file. */
    String database() throws Exception {
        return DeskArticles.database(dir).toString();
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

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void actorsAreKnowledgeBaseActorsMostActiveFirstWithAccentsFoldedTogether() {
        JsonNode actors = server.json("/api/actors?limit=4").get("actors");
        assertEquals(List.of("Anna Berg", "Tomas Lind", "Maria Kask", "Lucia Sanchez"), texts(actors, "name"));
        assertEquals(7, actors.get(0).get("events").asInt());
        assertEquals(4, actors.get(2).get("events").asInt());
        assertEquals(3, actors.get(3).get("events").asInt(), "Lucia Sanchez and Lucía Sánchez are one actor");
        assertEquals("NOR", actors.get(0).get("country").asText());
        assertEquals("person", actors.get(0).get("kind").asText());
    }

    @Test
    void actorsCanBeFoundByPartOfTheirName() {
        assertEquals(List.of("Lucia Sanchez"), texts(server.json("/api/actors?q=S%C3%81NCH").get("actors"), "name"));
    }

    @Test
    void actorProfileShowsTitlesOverTimeWithEvidenceOrganisationsCounterpartsAndEvents() {
        long id = server.actorId("Tomas Lind");
        JsonNode lind = server.json("/api/actors/" + id);
        assertEquals("Tomas Lind", lind.get("name").asText());
        assertEquals("FIN", lind.get("country").asText());
        JsonNode titles = lind.get("titles");
        assertEquals(List.of("Minister of Trade", "Foreign Minister"), texts(titles, "title"));
        assertEquals("2024-03-05", titles.get(1).get("first").asText());
        assertEquals("2024-06-12", titles.get(1).get("last").asText());
        assertEquals(DeskArticles.OSLO.lines().findFirst().orElseThrow(), titles.get(1).get("evidence").asText());
        assertEquals("Foreign Ministry", lind.get("organisations").get(0).get("name").asText());
        assertEquals("minister", lind.get("organisations").get(0).get("role").asText());
        assertEquals(server.actorId("Anna Berg"), lind.get("counterparts").get(0).get("actorId").asLong());
        assertEquals(3, lind.get("counterparts").get(0).get("events").asInt());
        assertEquals(5, lind.get("eventCount").asInt());
        assertEquals(5, lind.get("events").get("events").size());
        assertEquals(lind, server.json("/api/actors/Tomas%20Lind"), "an actor may be named instead of numbered");
    }

    @Test
    void actorProfilePagesItsEventsThroughTheTimeline() {
        long id = server.actorId("Anna Berg");
        JsonNode first = server.json("/api/actors/" + id + "?events=4").get("events");
        assertEquals(4, first.get("events").size());
        JsonNode rest = server.json("/api/events?actor=" + id + "&cursor=" + first.get("next").asText());
        assertEquals(3, rest.get("events").size());
        assertTrue(rest.get("next").isNull());
    }

    @Test
    void actorProfileListsEveryWrittenFormOfTheName() {
        JsonNode sanchez = server.json("/api/actors/" + server.actorId("Lucia Sanchez"));
        assertEquals("Lucia Sanchez", sanchez.get("name").asText());
        assertEquals("[\"Lucía Sánchez\"]", sanchez.get("aliases").toString());
    }

    @Test
    void unknownActorsAreNotFound() {
        assertEquals(404, server.get("/api/actors/999999").status());
        assertEquals(404, server.get("/api/actors/Nobody%20Known").status());
    }

    @Test
    void networkNodesAreKnowledgeBaseActorsAndEdgesWeighEventsTogether() {
        JsonNode net = server.json("/api/network");
        assertEquals("people", net.get("level").asText());
        assertEquals(12, net.get("events").asInt());
        JsonNode heaviest = net.get("edges").get(0);
        assertEquals(java.util.Set.of(String.valueOf(server.actorId("Anna Berg")), String.valueOf(server.actorId("Tomas Lind"))),
                java.util.Set.of(heaviest.get("source").asText(), heaviest.get("target").asText()));
        assertEquals(3, heaviest.get("weight").asInt());
        assertEquals("Anna Berg", net.get("nodes").get(0).get("label").asText());
        assertEquals("person", net.get("nodes").get(0).get("kind").asText());
    }

    @Test
    void networkOfInstitutionsUsesOrganisationsWhereKnownAndCountriesOtherwise() {
        JsonNode net = server.json("/api/network?level=institutions");
        JsonNode first = net.get("nodes").get(0);
        assertEquals("organisation", first.get("kind").asText());
        assertEquals("Foreign Ministry (NOR)", first.get("label").asText());
        assertEquals(7, first.get("events").asInt());
        assertTrue(texts(net.get("nodes"), "id").contains("DNK"), "Holm's title names no organisation: his country");
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
    void searchFindsPrefixesAndWordFormsTitlesEventsAndListsActorsFirst() {
        assertFalse(server.json("/api/search?q=fisher").get("hits").isEmpty(), "'fisher' begins 'fisheries'");
        assertFalse(server.json("/api/search?q=rail%20link").get("hits").isEmpty(), "the page's own example");
        JsonNode visits = server.json("/api/search?q=visits").get("hits");
        assertTrue(visits.toString().contains("{\"text\":\"visited\",\"match\":true}"), "'visits' finds 'visited': " + visits);
        JsonNode lind = server.json("/api/search?q=Lind").get("hits");
        assertEquals("actor", lind.get(0).get("kind").asText());
        assertEquals("Tomas Lind", lind.get(0).get("title").asText());
        JsonNode telephone = server.json("/api/search?q=telephone").get("hits");
        JsonNode evidence = null;
        for (JsonNode h : telephone) {
            if (h.get("kind").asText().equals("evidence")) {
                evidence = h;
            }
        }
        assertEquals("call · 2024-01-20 · Lucia Sanchez, Anna Berg", evidence.get("title").asText());
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

    @Test
    void monthlyCountsByActorOrWordsAreCountedFromTheTimeline() {
        JsonNode berg = server.json("/api/stats/monthly?actor=Anna%20Berg");
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-06", "2024-09"),
                texts(berg.get("byType"), "month").stream().distinct().toList());
        assertEquals(List.of("2024-05"), texts(server.json("/api/stats/monthly?q=wind").get("byType"), "month"));
    }
}
