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
import org.parley.store.EventQuery;
import org.parley.store.ReadModel;
import org.parley.store.ReadModels;
import org.parley.store.SqliteStore;
import org.parley.store.Store;
import picocli.CommandLine;

/**
 * One corpus through the three entry points, 'parley ingest', the server's upload and the Spark job: a
 * folder of three files holding four stories, an exact copy of one and other sites' near-copies of two
 * others, each copy in another file than its story (one before it in the folder's order), and a story in
 * French. Each must read the same four articles, store the same occasions and record the same copies
 * as further sources of the same articles.
 */
class SameAdmissionTest {

    private static final String FISHING = "OSLO, March 5, 2024 -- Norwegian Foreign Minister Anna Berg met Finnish"
            + " Foreign Minister Tomas Lind in Oslo on Tuesday. The two ministers spent most of the afternoon on"
            + " quotas for the northern fishing grounds, a subject that has divided their coastal towns for years"
            + " and that neither government wants to leave to the courts. Officials on both sides described the"
            + " talks as frank but friendly, and said that experts would meet again before the summer to compare"
            + " their counts of the herring stock. A joint statement is expected once the experts have finished.";
    private static final String FISHING_COPY = FISHING.replace(" once the experts have finished.", ".");
    private static final String RAIL = "RIGA, April 10, 2024 -- Latvian Foreign Minister Karlis Ozols met Estonian"
            + " Foreign Minister Liis Tamm in Riga on Wednesday. The two ministers went through the plans for a shared"
            + " rail link between their capitals, a project that has been talked about for more than a decade and"
            + " that both governments now say they want to finish before the end of the decade. Officials from both"
            + " ministries said the meeting had been practical and calm, and that engineers would present new cost"
            + " estimates in the autumn. A joint letter to the European Commission is planned once the estimates"
            + " are ready.";
    /** Another site's version without the dateline and the last clause: 3 bits from RAIL's SimHash. */
    private static final String RAIL_COPY = RAIL.replace("RIGA, April 10, 2024 -- ", "")
            .replace(" once the estimates are ready.", ".");
    private static final String CALL = "MADRID, Jan. 22, 2024 -- Spanish Foreign Minister Lucia Sanchez spoke by"
            + " telephone with Norwegian Foreign Minister Anna Berg on Saturday about migration.";
    private static final String PLAN = "OSLO, Sept. 2, 2024 -- Norwegian Foreign Minister Anna Berg will visit Warsaw"
            + " next week for talks with Polish Foreign Minister Marta Nowak, her ministry said.";
    private static final String FRENCH = "PARIS, 5 mars 2024 -- La ministre des affaires étrangères a rencontré son"
            + " homologue finlandais à Paris mardi. Les deux ministres ont parlé de la pêche et du commerce pendant"
            + " tout l'après-midi, et ils ont dit que les experts se réuniraient avant l'été pour comparer leurs"
            + " chiffres sur les stocks de hareng dans les eaux du nord.";

    /** The folder's files in path order, each with its records in order: the order every entry point reads. */
    private static final Map<String, List<Map<String, String>>> FOLDER = new java.util.LinkedHashMap<>();

    static {
        FOLDER.put("1-wire.jsonl", List.of(
                article("fishing", "https://one.example.org/fishing", "2024-03-05", FISHING),
                article("call", "https://one.example.org/call", "2024-01-22", CALL),
                // the copy read first is the one kept: RAIL, later in the folder, becomes its source
                article("rail-short", "https://three.example.org/rail", "2024-04-10", RAIL_COPY)));
        FOLDER.put("2-partner.jsonl", List.of(
                article("fishing-copy", "https://two.example.org/fish", "2024-03-05", FISHING_COPY),
                article("call-again", "https://two.example.org/call", "2024-01-22", CALL),
                article("peche", "https://three.example.org/peche", "2024-03-05", FRENCH)));
        FOLDER.put("3-late.jsonl", List.of(
                article("plan", "https://one.example.org/plan", "2024-09-02", PLAN),
                article("rail", "https://one.example.org/rail", "2024-04-10", RAIL)));
    }

    @TempDir
    Path dir;

    @Test
    void theCommandLineTheServerAndSparkAdmitTheSameArticles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        for (Map.Entry<String, List<Map<String, String>>> file : FOLDER.entrySet()) {
            StringBuilder lines = new StringBuilder();
            for (Map<String, String> a : file.getValue()) {
                lines.append(json.writeValueAsString(a)).append('\n');
            }
            Files.writeString(folder.resolve(file.getKey()), lines);
        }
        Set<String> articles = hashes(FISHING, CALL, PLAN, RAIL_COPY);
        Set<String> copies = new TreeSet<>(List.of(
                hash(FISHING) + " https://two.example.org/fish", hash(CALL) + " https://two.example.org/call",
                hash(RAIL_COPY) + " https://one.example.org/rail"));

        Stored cli = viaCommandLine(folder);
        assertEquals(articles, cli.articles(), "parley ingest");
        assertEquals(copies, cli.copies(), "parley ingest: copies recorded as further sources");
        assertEquals(5, cli.occasions().size(), "parley ingest: " + cli.occasions()); // the plan is a visit and talks
        assertEquals(cli, viaServer(json), "POST /api/articles, in the same order");
        assertEquals(cli, viaSpark(folder), "the Spark job");
    }

    /** What an entry point kept: articles, occasions (type, date, sources), copies (article and url). */
    private record Stored(Set<String> articles, Set<String> occasions, Set<String> copies) {
    }

    private static Map<String, String> article(String id, String url, String published, String text) {
        Map<String, String> a = new java.util.LinkedHashMap<>();
        a.put("id", id);
        a.put("url", url);
        a.put("published", published);
        a.put("text", text);
        return a;
    }

    private Stored viaCommandLine(Path folder) throws Exception {
        Path db = dir.resolve("cli.db");
        CommandLine parley = Parley.commandLine(Pipelines::get);
        StringWriter out = new StringWriter();
        parley.setOut(new PrintWriter(out, true));
        parley.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, parley.execute("ingest", folder.toString(), "--db", db.toString()), out.toString());
        assertTrue(out.toString().contains("near-duplicates 2, skipped by language 1,"), out.toString());
        return stored(db);
    }

    private Stored viaServer(ObjectMapper json) throws Exception {
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
                for (Map<String, String> a : FOLDER.values().stream().flatMap(List::stream).toList()) {
                    ObjectNode body = json.createObjectNode();
                    a.forEach(body::put);
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + app.port() + "/api/articles"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    answers.add(r.statusCode() + " " + json.readTree(r.body()).path("note").asText(""));
                }
                assertEquals(List.of("201 ", "201 ", "201 ",
                        "200 near-duplicate of api upload of https://one.example.org/fishing: recorded as another"
                                + " source of it",
                        "200 already stored", "200 not in English (fr)", "201 ",
                        "200 near-duplicate of api upload of https://three.example.org/rail: recorded as another"
                                + " source of it"), answers);
            } finally {
                app.stop();
                model.close();
            }
        }
        return stored(db);
    }

    private Stored viaSpark(Path folder) {
        SparkSession spark = LocalSpark.start(2);
        try {
            Path out = dir.resolve("spark");
            // three tasks, one file each: a copy and its story are read by different tasks
            ParleyJob.run(spark, "--input", folder.toUri().toString(), "--out", out.toString(), "--partitions", "3");
            Set<String> articles = new TreeSet<>();
            for (Row r : spark.read().parquet(out.resolve(Tables.ARTICLES).toString()).collectAsList()) {
                articles.add(r.getString(0));
            }
            Set<String> occasions = new TreeSet<>();
            for (Row r : spark.read().parquet(out.resolve(Tables.EVENTS).toString()).collectAsList()) {
                occasions.add(r.getString(1) + " " + r.getString(3) + " " + r.getInt(16));
            }
            Set<String> copies = new TreeSet<>();
            for (Row r : spark.read().parquet(out.resolve(Tables.COPIES).toString()).collectAsList()) {
                copies.add(r.getString(0) + " " + r.getString(1));
            }
            return new Stored(articles, occasions, copies);
        } finally {
            spark.stop();
        }
    }

    private static Stored stored(Path db) throws Exception {
        Set<String> articles = strings(db, "SELECT id FROM articles");
        Set<String> copies = strings(db, "SELECT article_id || ' ' || url FROM article_urls");
        Set<String> occasions = new TreeSet<>();
        try (SqliteStore store = SqliteStore.open(db)) {
            store.events(EventQuery.ALL).forEach(e -> occasions.add(e.type().label() + " " + e.date().start() + " "
                    + e.sources().size()));
        }
        return new Stored(articles, occasions, copies);
    }

    private static Set<String> strings(Path db, String query) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Set<String> hashes(String... texts) {
        Set<String> hashes = new TreeSet<>();
        for (String t : texts) {
            hashes.add(hash(t));
        }
        return hashes;
    }

    private static String hash(String text) {
        return Article.ofText("x", "x", text).contentHash();
    }
}
