package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.SqliteStore;
import org.parley.store.Store;

/** Security headers on every response; writing only with a configured token and the right bearer header. */
class GuardsTest {

    @TempDir
    Path dir;

    private static final String UPLOAD = "{\"id\": \"bergen\", \"title\": \"Bergen talks\","
            + " \"url\": \"https://news.example.org/bergen\", \"published\": \"2024-08-02\","
            + " \"text\": \"Anna Berg met Peter Holm in Bergen on 1 August 2024.\"}";

    /** A stand-in for the reading pipeline: one meeting stated by the whole text. */
    private static Extraction read(Article a) {
        return new ArticleBuilder(a.id(), a.url(), a.title(), a.published(), a.text())
                .event(EventType.MEETING, EventStatus.OCCURRED, "2024-08-01", DateSource.EXPLICIT, "on 1 August 2024",
                        "Bergen", null, "042", a.text(), ArticleBuilder.p("Anna Berg", "NOR", null),
                        ArticleBuilder.p("Peter Holm", "DNK", null))
                .extraction();
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() {
        try (RunningServer server = new RunningServer(DeskArticles.database(dir))) {
            for (String path : List.of("/", "/event.html", "/js/timeline.js", "/css/app.css", "/api/events", "/api/nothing")) {
                RunningServer.Response r = server.get(path);
                String csp = r.header("Content-Security-Policy");
                assertNotNull(csp, path);
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
                assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            }
            assertTrue(server.get("/").body().contains("<script type=\"module\" src=\"/js/timeline.js\">"));
        }
    }

    @Test
    void writingIsOffWithoutAToken() {
        Path db = DeskArticles.database(dir);
        try (RunningServer server = new RunningServer(db, GuardsTest::unexpected, null)) {
            RunningServer.Response r = server.post("/api/articles", UPLOAD, "Bearer anything");
            assertEquals(403, r.status(), r.body());
            assertTrue(r.json().get("reason").asText().contains("--token"));
        }
    }

    private static ArticleIngest.Result unexpected(Article a) {
        throw new AssertionError("ingest called on a read-only server");
    }

    @Test
    void uploadNeedsTheBearerToken() throws Exception {
        Path db = DeskArticles.database(dir);
        try (Store store = SqliteStore.open(db);
             RunningServer server = new RunningServer(db, new StoreIngest(GuardsTest::read, store), "s3cret")) {
            assertEquals(401, server.post("/api/articles", UPLOAD, null).status());
            assertEquals(401, server.post("/api/articles", UPLOAD, "Bearer wrong").status());
            assertEquals(400, server.post("/api/articles", "{\"title\": \"no text\"}", "Bearer s3cret").status());
            assertEquals("url", server.post("/api/articles", "{\"text\": \"x\", \"url\": \"javascript:alert(1)\"}",
                    "Bearer s3cret").json().get("parameter").asText());

            RunningServer.Response first = server.post("/api/articles", UPLOAD, "Bearer s3cret");
            assertEquals(201, first.status(), first.body());
            assertEquals(1, first.json().get("events").asInt());
            assertTrue(server.json("/api/events?pair=DNK-NOR").get("events").get(0).get("location").asText()
                    .equals("Bergen"));
            RunningServer.Response again = server.post("/api/articles", UPLOAD, "Bearer s3cret");
            assertEquals(200, again.status());
            assertFalse(again.json().get("stored").asBoolean());
        }
    }

    @Test
    void oversizedRequestIsRefused() {
        Path db = DeskArticles.database(dir);
        try (Store store = SqliteStore.open(db);
             RunningServer server = new RunningServer(db, new StoreIngest(GuardsTest::read, store), "s3cret")) {
            String big = "{\"text\": \"" + "a".repeat(100 * 1024) + "\"}";
            assertEquals(413, server.post("/api/articles", big, "Bearer s3cret").status());
        }
    }

    @Test
    void serverBindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerConfig.readOnly(8080).host());
        assertFalse(ServerConfig.readOnly(8080).writable());
    }
}
