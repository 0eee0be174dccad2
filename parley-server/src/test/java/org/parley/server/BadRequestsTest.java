package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad parameters are 400s naming the parameter and why; unknown ids and paths are 404s; all in JSON. */
class BadRequestsTest {

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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/events?limit=501                  | limit   | between 1 and 500",
        "/api/events?limit=ten                  | limit   | whole number",
        "/api/events?type=party                 | type    | meeting, visit, call, session, agreement, message",
        "/api/events?status=rumoured            | status  | occurred, planned",
        "/api/events?country=NORWAY             | country | alpha-3",
        "/api/events?pair=NOR-NOR               | pair    | two different countries",
        "/api/events?pair=NOR                   | pair    | two country codes",
        "/api/events?from=2024-13               | from    | YYYY-MM",
        "/api/events?from=2024-06&to=2024-01    | from    | is after to",
        "/api/events?cursor=xyz                 | cursor  | previous page",
        "/api/events?q=%21%21%21                | q       | at least one word",
        "/api/events?contry=NOR                 | contry  | unknown parameter",
        "/api/events?type=call&type=visit       | type    | given 2 times",
        "/api/events/abc                        | id      | positive whole number",
        "/api/articles/not-a-hash               | id      | content hash",
        "/api/network?level=galaxies            | level   | people, institutions or countries",
        "/api/network?nodes=0                   | nodes   | between 1 and 500",
        "/api/search                            | q       | required",
        "/api/search?q=rail&limit=1000          | limit   | between 1 and 100",
        "/api/actors?offset=-1                  | offset  | between 0",
        "/api/stats/monthly?pairs=99            | pairs   | between 0 and 50",
    })
    void badParameterIsA400SayingWhichAndWhy(String path, String parameter, String reason) {
        RunningServer.Response r = server.get(path);
        assertEquals(400, r.status(), r.body());
        JsonNode body = r.json();
        assertEquals("bad parameter", body.get("error").asText());
        assertEquals(parameter, body.get("parameter").asText());
        assertTrue(body.get("reason").asText().contains(reason), body.get("reason").asText());
        assertTrue(r.header("Content-Type").startsWith("application/json"));
    }

    @ParameterizedTest
    @CsvSource({"/api/events/999999", "/api/articles/0123456789abcdef", "/api/actors/nobody_at_all", "/api/nothing"})
    void unknownIdOrPathIsA404(String path) {
        RunningServer.Response r = server.get(path);
        assertEquals(404, r.status(), r.body());
        assertEquals("not found", r.json().get("error").asText());
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonNode doc = server.json("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        for (String path : new String[] {"/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}",
                "/api/actors", "/api/actors/{id}", "/api/network", "/api/search", "/api/stats/monthly"}) {
            assertTrue(doc.get("paths").has(path), path);
        }
    }
}
