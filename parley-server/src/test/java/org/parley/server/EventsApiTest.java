package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The timeline, events and articles over real HTTP, against a database of {@link DeskArticles}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsApiTest {

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

    private static List<String> dates(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get("date").get("start").asText(null)));
        return out;
    }

    @Test
    void timelineListsEveryEventNewestFirstWithUndatedLast() {
        JsonNode page = server.json("/api/events");
        assertEquals(Arrays.asList("2024-09", "2024-07-02", "2024-06-12", "2024-06", "2024-05-14", "2024-05-14",
                "2024-04-22", "2024-03-05", "2024-02-01", "2024-01-20", "2024-01-11", null), dates(page));
        assertTrue(page.get("next").isNull());
    }

    @Test
    void timelineRowsCarryParticipantsPlaceAndSourceCount() {
        JsonNode riga = server.json("/api/events?type=session").get("events").get(0);
        assertEquals("Riga", riga.get("location").asText());
        assertEquals(1, riga.get("sources").asInt());
        assertEquals(server.actorId("Anna Berg"), riga.get("participants").get(0).get("actorId").asLong());
        assertEquals("Anna Berg", riga.get("participants").get(0).get("name").asText());
        assertEquals("EST", riga.get("participants").get(1).get("country").asText());
    }

    @Test
    void cursorPagesWalkTheWholeTimelineOnceEach() {
        Set<Long> seen = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = server.json("/api/events?limit=5" + (next == null ? "" : "&cursor=" + next));
            page.get("events").forEach(e -> assertTrue(seen.add(e.get("id").asLong()), "twice: " + e));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null);
        assertEquals(12, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void pairFilterKeepsEventsWithBothSidesInEitherOrder() {
        assertEquals(List.of("2024-06-12", "2024-06", "2024-03-05"), dates(server.json("/api/events?pair=NOR-FIN")));
        assertEquals(dates(server.json("/api/events?pair=fin,nor")), dates(server.json("/api/events?pair=NOR-FIN")));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("2024-06-12", "2024-03-05"),
                dates(server.json("/api/events?pair=FIN-NOR&type=meeting&status=occurred")));
        assertEquals(List.of("2024-09", "2024-06"), dates(server.json("/api/events?actor=Anna%20Berg&status=planned")));
        assertEquals(List.of("2024-05-14", "2024-05-14", "2024-04-22"),
                dates(server.json("/api/events?country=EST&from=2024-04&to=2024-05")));
        assertEquals(List.of("2024-04-22"), dates(server.json("/api/events?actor=" + server.actorId("Maria Kask") + "&q=session&from=2024")));
    }

    @Test
    void actorFilterTakesAKnowledgeBaseIdOrAnyWrittenFormOfTheName() {
        List<String> byId = dates(server.json("/api/events?actor=" + server.actorId("Lucia Sanchez")));
        assertEquals(List.of("2024-02-01", "2024-01-20", "2024-01-11"), byId);
        assertEquals(byId, dates(server.json("/api/events?actor=Luc%C3%ADa%20S%C3%A1nchez")));
        assertEquals(byId, dates(server.json("/api/events?actor=lucia%20sanchez")));
        assertEquals(List.of(), dates(server.json("/api/events?actor=Nobody%20Known")));
    }

    @Test
    void textFilterSearchesEvidenceSentences() {
        assertEquals(List.of("2024-05-14"), dates(server.json("/api/events?q=offshore%20wind")));
        assertEquals(List.of(), dates(server.json("/api/events?q=volcano")));
    }

    @Test
    void eventShowsDateResolutionMechanismCameoAndSourceWithOffsets() {
        long id = server.json("/api/events?type=session").get("events").get(0).get("id").asLong();
        JsonNode e = server.json("/api/events/" + id);
        assertEquals("session", e.get("type").asText());
        assertEquals("Nordic-Baltic Joint Committee on Energy", e.get("mechanism").asText());
        assertEquals("046", e.get("cameo").asText());
        assertEquals("stated from \"on April 22, 2024\"", e.get("date").get("how").asText());
        JsonNode source = e.get("sources").get(0);
        JsonNode article = server.json("/api/articles/" + source.get("articleId").asText());
        assertEquals(source.get("evidence").asText(),
                article.get("text").asText().substring(source.get("begin").asInt(), source.get("end").asInt()));
        assertEquals("Energy committee", source.get("title").asText());
    }

    @Test
    void relativeDatesSayWhatTheyWereResolvedFrom() {
        JsonNode oslo = server.json("/api/events?pair=FIN-NOR&from=2024-03-05&to=2024-03-05").get("events").get(0);
        assertEquals("resolved against the article date from \"on Tuesday\"", oslo.get("date").get("how").asText());
        assertEquals("day", oslo.get("date").get("precision").asText());
    }

    @Test
    void articleListsTheEvidenceSpansOfItsEvents() {
        long id = server.json("/api/events?pair=DNK-EST&type=agreement").get("events").get(0).get("id").asLong();
        String articleId = server.json("/api/events/" + id).get("sources").get(0).get("articleId").asText();
        JsonNode article = server.json("/api/articles/" + articleId);
        assertEquals(DeskArticles.TALLINN, article.get("text").asText());
        assertEquals(2, article.get("spans").size());
        assertEquals(0, article.get("spans").get(0).get("begin").asInt());
        assertEquals(id, article.get("spans").get(1).get("eventId").asLong());
    }

    @Test
    void undatedEventsSayNoDateWasFound() {
        JsonNode undated = server.json("/api/events?actor=Peter%20Holm&type=message").get("events").get(0);
        assertNull(undated.get("date").get("start").textValue());
        assertEquals("no date in the text", undated.get("date").get("how").asText());
        assertFalse(dates(server.json("/api/events?actor=Peter%20Holm&to=2030")).contains(null));
    }
}
