package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Parley;
import org.parley.model.Article;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.server.StoreIngest;
import org.parley.store.ReadModel;
import org.parley.store.ReadModels;
import org.parley.store.SqliteStore;
import org.parley.store.Store;
import picocli.CommandLine;

/**
 * One corpus through the three entry points, 'parley ingest', the server's upload and the Spark job:
 * three stories, an exact copy of one, another site's near-copy of another, and a story in French.
 * Each must read the same three articles.
 */
class SameAdmissionTest {

    private static final String FISHING = "OSLO, March 5, 2024 -- Norwegian Foreign Minister Anna Berg met Finnish"
            + " Foreign Minister Tomas Lind in Oslo on Tuesday. The two ministers spent most of the afternoon on"
            + " quotas for the northern fishing grounds, a subject that has divided their coastal towns for years"
            + " and that neither government wants to leave to the courts. Officials on both sides described the"
            + " talks as frank but friendly, and said that experts would meet again before the summer to compare"
            + " their counts of the herring stock. A joint statement is expected once the experts have finished.";
    private static final String FISHING_COPY = FISHING.replace(" once the experts have finished.", ".");
    private static final String CALL = "MADRID, Jan. 22, 2024 -- Spanish Foreign Minister Lucia Sanchez spoke by"
            + " telephone with Norwegian Foreign Minister Anna Berg on Saturday about migration.";
    private static final String PLAN = "OSLO, Sept. 2, 2024 -- Norwegian Foreign Minister Anna Berg will visit Warsaw"
            + " next week for talks with Polish Foreign Minister Marta Nowak, her ministry said.";
    private static final String FRENCH = "PARIS, 5 mars 2024 -- La ministre des affaires étrangères a rencontré son"
            + " homologue finlandais à Paris mardi. Les deux ministres ont parlé de la pêche et du commerce pendant"
            + " tout l'après-midi, et ils ont dit que les experts se réuniraient avant l'été pour comparer leurs"
            + " chiffres sur les stocks de hareng dans les eaux du nord.";

    @TempDir
    Path dir;

    @Test
    void theCommandLineTheServerAndSparkAdmitTheSameArticles() throws Exception {
        List<Map<String, String>> corpus = List.of(
                Map.of("id", "fishing", "url", "https://one.example.org/fishing", "published", "2024-03-05", "text", FISHING),
                Map.of("id", "call", "url", "https://one.example.org/call", "published", "2024-01-22", "text", CALL),
                Map.of("id", "fishing-copy", "url", "https://two.example.org/fish", "published", "2024-03-05", "text",
                        FISHING_COPY),
                Map.of("id", "call-again", "url", "https://two.example.org/call", "published", "2024-01-22", "text", CALL),
                Map.of("id", "peche", "url", "https://three.example.org/peche", "published", "2024-03-05", "text", FRENCH),
                Map.of("id", "plan", "url", "https://one.example.org/plan", "published", "2024-09-02", "text", PLAN));
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve("corpus.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Map<String, String> a : corpus) {
            lines.append(json.writeValueAsString(a)).append('\n');
        }
        Files.writeString(file, lines);
        Set<String> expected = hashes(FISHING, CALL, PLAN);

        assertEquals(expected, viaCommandLine(file), "parley ingest");
        assertEquals(expected, viaServer(corpus, json), "POST /api/articles");
        assertEquals(expected, viaSpark(file), "the Spark job");
    }

    private Set<String> viaCommandLine(Path file) throws Exception {
        Path db = dir.resolve("cli.db");
        CommandLine parley = Parley.commandLine(Pipelines::get);
        StringWriter out = new StringWriter();
        parley.setOut(new PrintWriter(out, true));
        parley.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, parley.execute("ingest", file.toString(), "--db", db.toString()), out.toString());
        assertTrue(out.toString().contains("near-duplicates 1, skipped by language 1,"), out.toString());
        return storedHashes(db);
    }

    private Set<String> viaServer(List<Map<String, String>> corpus, ObjectMapper json) throws Exception {
        Path db = dir.resolve("server.db");
        String token = "same-admission-token";
        try (Store store = SqliteStore.open(db)) {
            ReadModel model = ReadModels.open(db.toString(), 1);
            ServerConfig config = new ServerConfig(ServerConfig.LOOPBACK, 0, token, ServerConfig.DEFAULT_MAX_REQUEST_BYTES);
            Javalin app = ParleyServer.create(model, new StoreIngest(a -> Pipelines.get().process(a), store), config)
                    .start(config.host(), config.port());
            try {
                HttpClient http = HttpClient.newHttpClient();
                List<String> answers = new ArrayList<>();
                for (Map<String, String> a : corpus) {
                    ObjectNode body = json.createObjectNode();
                    a.forEach(body::put);
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + app.port() + "/api/articles"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    answers.add(r.statusCode() + " " + json.readTree(r.body()).path("note").asText(""));
                }
                assertEquals(List.of("201 ", "201 ", "200 near-duplicate of api upload: recorded as another source of it",
                        "200 already stored", "200 not in English (fr)", "201 "), answers);
            } finally {
                app.stop();
                model.close();
            }
        }
        return storedHashes(db);
    }

    private Set<String> viaSpark(Path file) {
        SparkSession spark = LocalSpark.start(2);
        try {
            ParleyJob.run(spark, "--input", file.toUri().toString(), "--out", dir.resolve("spark").toString());
            Set<String> hashes = new TreeSet<>();
            for (Row r : spark.read().parquet(dir.resolve("spark").resolve("articles").toString()).collectAsList()) {
                hashes.add(r.getString(0));
            }
            return hashes;
        } finally {
            spark.stop();
        }
    }

    private static Set<String> storedHashes(Path db) throws Exception {
        Set<String> hashes = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }

    private static Set<String> hashes(String... texts) {
        Set<String> hashes = new TreeSet<>();
        for (String t : texts) {
            hashes.add(Article.ofText("x", "x", t).contentHash());
        }
        return hashes;
    }
}
