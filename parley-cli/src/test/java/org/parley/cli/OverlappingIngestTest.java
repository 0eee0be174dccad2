package org.parley.cli;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingests at once over the same files: twenty stories and a near-copy of each from another site.
 * Whichever process stores a story first, every copy must end as exactly one extra source of it.
 */
class OverlappingIngestTest {

    private static final String[] WORDS = ("minister envoy talks summit border trade treaty grain fishing quota"
            + " harbour railway pipeline customs visa embassy council delegation agenda ceasefire monitors water"
            + " river dam power grid loan bank tariff steel wheat fertiliser shipping corridor airport university"
            + " students scholarship museum archive language broadcaster satellite vaccine hospital drought"
            + " flood forest mine copper lithium refinery port bridge tunnel election observers parliament").split(" ");
    private static final String[] GLUE = {"the", "and", "of", "on", "for", "with", "to", "in", "was", "that"};

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void everyNearCopyBecomesOneSourceWhicheverProcessSavesFirst() throws Exception {
        Path db = dir.resolve("parley.db");
        ingestAtOnce(db.toString(), "jdbc:sqlite:" + db);
    }

    @Test
    void soOnPostgresql() throws Exception {
        String server = System.getenv("PARLEY_TEST_PG_URL");
        Prerequisite.require(server != null && !server.isBlank(), "PARLEY_TEST_PG_URL is not set: no PostgreSQL"
                + " server to test against (export PARLEY_TEST_PG_URL=$(.ci/postgres.sh) starts one and names it)");
        String schema = "parley_overlap_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE SCHEMA " + schema);
        try {
            String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            ingestAtOnce(url, url);
        } finally {
            execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** Two ingests at once over twenty stories and their copies, one in each order; then the database is checked. */
    private void ingestAtOnce(String db, String jdbc) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = story(i);
            Path original = Files.writeString(in.resolve(String.format("s%02d-a.txt", i)), "Story " + i + "\n"
                    + "Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.\n" + body + " The end.\n");
            Path copy = Files.writeString(in.resolve(String.format("s%02d-b.txt", i)), "Another headline " + i + "\n"
                    + "Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.\n" + body + "\n");
            forward.add(original.toString());
            forward.add(copy.toString());
        }
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);

        CompletableFuture<Cli.Result> a = CompletableFuture.supplyAsync(() -> Cli.run(args(forward, db)));
        CompletableFuture<Cli.Result> b = CompletableFuture.supplyAsync(() -> Cli.run(args(backward, db)));
        Cli.Result ra = a.get();
        Cli.Result rb = b.get();

        assertEquals(0, ra.exit(), ra.err());
        assertEquals(0, rb.exit(), rb.err());
        assertEquals(List.of(20L, 20L, 0L), List.of(
                count(jdbc, "SELECT COUNT(*) FROM articles"),
                count(jdbc, "SELECT COUNT(*) FROM article_urls"),
                count(jdbc, "SELECT COUNT(*) FROM article_urls u JOIN articles a ON a.origin = u.origin")),
                "articles, their other sources, copies stored as articles too:\n" + ra.out() + rb.out());
        for (int i = 0; i < 20; i++) {
            String pair = in.resolve(String.format("s%02d-", i)).toString();
            assertEquals(1L, count(jdbc, "SELECT COUNT(*) FROM articles a JOIN article_urls u ON u.article_id = a.id"
                    + " WHERE a.origin LIKE '" + pair + "%' AND u.origin LIKE '" + pair + "%'"), "story " + i);
        }
    }

    private static long count(String jdbc, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String jdbc, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String[] args(List<String> files, String db) {
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(files);
        args.addAll(List.of("--db", db, "--threads", "2"));
        return args.toArray(String[]::new);
    }
    /** About ninety words of a story of its own: stories differ far more than a story and its copy. */
    private static String story(int seed) {
        Random random = new Random(seed * 7919L + 13);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 90; w++) {
            s.append(w % 3 == 1 ? GLUE[random.nextInt(GLUE.length)] : WORDS[random.nextInt(WORDS.length)]);
            s.append(w % 15 == 14 ? ".\n" : " ");
        }
        return s.toString().strip();
    }
}
