package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small breakages: a Host header the desk does not answer to, errors Jetty raises itself, a trailing slash.
 * Each answer is JSON with the security headers.
 */
class DeskErrorsTest {

    @TempDir
    Path dir;

    private static void assertJsonWithHeaders(String raw, String status) {
        assertTrue(raw.startsWith("HTTP/1.1 " + status), raw);
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("content-type: application/json"), raw);
        assertTrue(lower.contains("content-security-policy: default-src 'none'"), raw);
        assertTrue(lower.contains("x-content-type-options: nosniff"), raw);
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertTrue(body.strip().startsWith("{\"status\":" + status), body);
    }

    @Test
    void aHostNameNotGivenWithAllowHostIsRefusedAndAnAllowedOneAnswered() {
        ServerConfig config = new ServerConfig(ServerConfig.LOOPBACK, 0, null, 1024, List.of("desk.example.org"));
        try (RunningServer server = new RunningServer(DeskArticles.database(dir).toString(), config)) {
            String refused = server.rawGet("/api/events", "attacker.example:8080");
            assertJsonWithHeaders(refused, "403");
            assertTrue(refused.contains("--allow-host attacker.example"), refused);
            assertJsonWithHeaders(server.rawGet("/", "rebind.example"), "403");
            assertTrue(server.rawGet("/api/events", "desk.example.org:8080").startsWith("HTTP/1.1 200"));
            assertTrue(server.rawGet("/api/events", "127.0.0.1:8080").startsWith("HTTP/1.1 200"));
            assertTrue(server.rawGet("/api/events", "localhost").startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void errorsJettyRaisesItselfAreJsonWithTheSecurityHeaders() {
        try (RunningServer server = new RunningServer(DeskArticles.database(dir))) {
            assertJsonWithHeaders(server.rawGet("/api/events?q=" + "x".repeat(20_000), "127.0.0.1"), "414");
            assertJsonWithHeaders(server.rawGet("/api/events/%zz", "127.0.0.1"), "400");
        }
    }

    @Test
    void aTrailingSlashNamesNoResource() {
        try (RunningServer server = new RunningServer(DeskArticles.database(dir))) {
            RunningServer.Response r = server.get("/api/events/");
            assertEquals(404, r.status(), r.body());
            assertEquals("not found", r.json().get("error").asText());
            assertEquals(200, server.get("/api/events").status());
        }
    }
}
