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

/** Events are occasions: two articles reporting one meeting are one event with two sources ({@link SharedOccasions}). */
class OccasionsApiTest {

    @TempDir
    static Path dir;

    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(SharedOccasions.database(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private JsonNode meeting() {
        JsonNode events = server.json("/api/events?type=meeting").get("events");
        assertEquals(1, events.size(), "two reports of one meeting are one event: " + events);
        return events.get(0);
    }

    @Test
    void twoArticlesReportingOneMeetingAreOneTimelineRowWithTwoSources() {
        assertEquals(2, server.json("/api/events").get("events").size());
        JsonNode row = meeting();
        assertEquals(2, row.get("sources").asInt());
        assertTrue(row.get("dateConflict").asBoolean());
        assertEquals(2, row.get("participants").size(), "each actor once, whichever source names it");
    }

    @Test
    void theEventShowsEverySourceWithItsOwnDateAndTheConflict() {
        JsonNode e = server.json("/api/events/" + meeting().get("id").asText());
        JsonNode sources = e.get("sources");
        assertEquals(2, sources.size());
        List<String> urls = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        sources.forEach(s -> {
            urls.add(s.get("url").asText());
            dates.add(s.get("date").get("start").asText());
            assertEquals("occurred", s.get("status").asText());
        });
        assertEquals(List.of("https://news.example.org/bergen-a", "https://other.example.net/bergen"), urls);
        assertEquals(List.of("2023-07-10", "2023-07-11"), dates);
        assertEquals("“Berg and Lind meet in Bergen” says 2023-07-10, “Nordic ministers in Bergen” says 2023-07-11",
                e.get("conflict").asText());
        assertEquals("2023-07-12", sources.get(1).get("published").asText());
        JsonNode second = sources.get(1);
        String text = server.json("/api/articles/" + second.get("articleId").asText()).get("text").asText();
        assertEquals(second.get("evidence").asText(), text.substring(second.get("begin").asInt(), second.get("end").asInt()));
    }

    @Test
    void aPlanThenHeldIsOneEventMarkedFulfilledWithBothSources() {
        JsonNode visit = server.json("/api/events?type=visit").get("events");
        assertEquals(1, visit.size());
        assertTrue(visit.get(0).get("planFulfilled").asBoolean());
        assertEquals("occurred", visit.get(0).get("status").asText());
        JsonNode e = server.json("/api/events/" + visit.get(0).get("id").asText());
        assertTrue(e.get("planFulfilled").asBoolean());
        assertTrue(e.get("conflict").isNull());
        List<String> said = new ArrayList<>();
        e.get("sources").forEach(s -> said.add(s.get("status").asText()));
        assertEquals(List.of("planned", "occurred"), said);
    }

    @Test
    void eachArticleMarksItsSentenceAsReportingTheOccasion() {
        JsonNode e = server.json("/api/events/" + meeting().get("id").asText());
        for (JsonNode s : e.get("sources")) {
            JsonNode spans = server.json("/api/articles/" + s.get("articleId").asText()).get("spans");
            assertEquals(e.get("id").asLong(), spans.get(0).get("eventId").asLong());
        }
    }

    @Test
    void theActorsOwnPageCountsOccasionsNotReports() {
        JsonNode berg = server.json("/api/actors/" + server.actorId("Anna Berg"));
        assertEquals(2, berg.get("eventCount").asInt());
        assertEquals(2, berg.get("counterparts").get(0).get("events").asInt());
        assertFalse(berg.get("titles").isEmpty());
        JsonNode stats = server.json("/api/stats/monthly");
        assertEquals("[{\"month\":\"2023-07\",\"key\":\"meeting\",\"count\":1},{\"month\":\"2023-09\",\"key\":\"visit\",\"count\":1}]",
                stats.get("byType").toString());
    }
}
