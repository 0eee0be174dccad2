package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Sides without named people, channels and the pair endpoint over real HTTP, against {@link SideArticles};
 * here on SQLite, on PostgreSQL in {@link PostgresSidesApiTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SidesApiTest {

    @TempDir
    static Path dir;

    RunningServer server;

    String database() throws Exception {
        return SideArticles.fill(dir.resolve("sides.db").toString());
    }

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
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }

    private JsonNode only(String query) {
        JsonNode events = server.json("/api/events?" + query).get("events");
        assertEquals(1, events.size(), query + ": " + events);
        return events.get(0);
    }

    @Test
    void anExchangeWithNobodyNamedHasItsSidesAndIsFoundByCountryAndPair() {
        JsonNode roadmap = only("country=CHN&type=agreement");
        assertEquals(0, roadmap.get("participants").size());
        assertEquals(List.of("RUS", "CHN"), texts(roadmap.get("sides"), null));
        assertEquals("other", roadmap.get("channel").asText());
        assertEquals(List.of("KEN", "UGA"), texts(only("pair=UGA-KEN").get("sides"), null));
        assertEquals(8, server.json("/api/events?pair=CHN-RUS").get("events").size(),
                "roadmap, summit, Duma meeting, planned visit, party meeting, undated, and the two sessions, whose"
                        + " sides only their body names");
    }

    @Test
    void channelsFilterTheTimelineAndABadChannelIsRefusedByName() {
        assertEquals("2024-07-12", only("channel=parliament&status=occurred").get("date").get("start").asText());
        assertEquals("party", only("channel=party").get("channel").asText());
        assertEquals("head-of-state", only("channel=head-of-state").get("channel").asText());
        assertEquals(2, server.json("/api/events?channel=government").get("events").size(), "the commission's sessions");
        RunningServer.Response bad = server.get("/api/events?channel=summit");
        assertEquals(400, bad.status());
        assertEquals("channel", bad.json().get("parameter").asText());
        assertTrue(bad.json().get("reason").asText().contains("head-of-state"), bad.body());
    }

    @Test
    void theChartCountsByChannelAndSaysHowManyItLeavesOutAsUndated() {
        JsonNode all = server.json("/api/stats/monthly");
        assertEquals(1, all.get("undated").asInt());
        assertTrue(texts(all.get("byChannel"), "key").contains("parliament"), all.toString());
        JsonNode pair = server.json("/api/stats/monthly?pair=CHN-RUS");
        assertEquals(1, pair.get("undated").asInt());
        JsonNode walked = server.json("/api/stats/monthly?q=energy");
        assertEquals(1, walked.get("undated").asInt(), "counted on the walk too");
    }

    @Test
    void theCountryNetworkJoinsSidesWithoutPeople() {
        JsonNode network = server.json("/api/network?level=countries");
        List<String> edges = new ArrayList<>();
        network.get("edges").forEach(e -> edges.add(e.get("source").asText() + "-" + e.get("target").asText()));
        assertTrue(edges.contains("KEN-UGA") || edges.contains("UGA-KEN"), edges.toString());
    }

    @Test
    void thePairHasChannelsSessionsInOrderWithTheirGapPeoplePlansAndSources() {
        JsonNode pair = server.json("/api/pairs/RUS/CHN");
        assertEquals("CHN", pair.get("a").asText());
        assertEquals(8, pair.get("occasions").asInt(), pair.toString());
        assertEquals(1, pair.get("undated").asInt());
        JsonNode commission = pair.get("mechanisms").get(0);
        assertTrue(commission.get("name").asText().contains("Intergovernmental Commission"), commission.toString());
        assertEquals(List.of("3", "5"), texts(commission.get("sessions"), "ordinal"));
        assertEquals(List.of("4"), texts(commission.get("missing"), null));
        assertEquals(496, commission.get("sessions").get(1).get("daysSincePrevious").asInt());
        assertEquals(List.of("Li Wen"), texts(pair.get("peopleA"), "name"));
        assertEquals(4, pair.get("peopleA").get(0).get("occasions").asInt());
        assertTrue(texts(pair.get("peopleB"), "name").containsAll(List.of("Ivan Orlov", "Oleg Frolov", "Pavel Sokol")));
        assertEquals(1, pair.get("ahead").size());
        assertEquals("2030-03", pair.get("ahead").get(0).get("date").get("start").asText());
        for (JsonNode source : pair.get("sources")) {
            assertTrue(!source.get("file").asText().contains("/"), "no server path: " + source);
        }
        JsonNode byChannel = pair.get("byChannel");
        assertTrue(texts(byChannel, "key").containsAll(List.of("parliament", "party", "head-of-state", "government")),
                byChannel.toString());
    }

    @Test
    void sourcesAreNamedByHeadlineAndFileNameNeverByAServerPath() {
        long id = only("country=CHN&type=agreement").get("id").asLong();
        JsonNode source = server.json("/api/events/" + id).get("sources").get(0);
        assertEquals("roadmap.txt", source.get("origin").asText(), "stored as test/roadmap.txt");
        assertEquals("Roadmap on farm trade signed", source.get("title").asText());
        JsonNode article = server.json("/api/articles/" + source.get("articleId").asText());
        assertEquals("roadmap.txt", article.get("origin").asText());
    }

    @Test
    void aPairOfOneCountryOrABadCodeIsRefusedByName() {
        assertEquals("b", server.get("/api/pairs/RUS/RUS").json().get("parameter").asText());
        RunningServer.Response bad = server.get("/api/pairs/RUSSIA/CHN");
        assertEquals(400, bad.status());
        assertEquals("a", bad.json().get("parameter").asText());
    }
}
