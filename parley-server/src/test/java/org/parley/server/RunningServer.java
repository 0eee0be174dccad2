package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.parley.store.ReadModel;
import org.parley.store.ReadModels;

/** The server on an ephemeral loopback port over a database (file or PostgreSQL), with a small HTTP client. */
final class RunningServer implements AutoCloseable {

    record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of()).stream()
                    .findFirst().orElse(null);
        }
    }

    private final ReadModel model;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    RunningServer(Path db, ArticleIngest ingest, String token) {
        this(db, ingest, null, token);
    }

    RunningServer(Path db, ArticleIngest ingest, Curator curator, String token) {
        this(db.toString(), ingest, curator, token);
    }

    /** Over the database {@code location} names: a SQLite file or a PostgreSQL URL. */
    RunningServer(String location, ArticleIngest ingest, Curator curator, String token) {
        this.model = ReadModels.open(location, 2);
        ServerConfig config = new ServerConfig(ServerConfig.LOOPBACK, 0, token, 64 * 1024);
        this.app = ParleyServer.create(model, ingest, curator, config).start(config.host(), config.port());
    }

    /** Over the database {@code location} names, with a configuration of the test's own (its port is ignored). */
    RunningServer(String location, ServerConfig config) {
        this.model = ReadModels.open(location, 2);
        this.app = ParleyServer.create(model, null, null, config).start(config.host(), 0);
    }

    /**
     * A GET written on a plain socket, for what Java's HTTP client will not send: any Host header, a URI longer
     * than a server accepts. The answer's status line, headers and body, as text.
     */
    String rawGet(String path, String host) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e, e);
        }
    }

    RunningServer(Path db) {
        this(db, null, null);
    }

    RunningServer(String location) {
        this(location, null, null, null);
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    JsonNode json(String path) {
        Response r = get(path);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /** The id of the knowledge-base actor with this name, as the actor list finds it. */
    long actorId(String name) {
        JsonNode found = json("/api/actors?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .get("actors");
        for (JsonNode a : found) {
            if (a.get("name").asText().equals(name)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no actor named " + name + " in " + found);
    }

    Response post(String path, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        model.close();
    }
}
