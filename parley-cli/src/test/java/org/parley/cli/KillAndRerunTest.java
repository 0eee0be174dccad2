package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed mid-batch leaves whole articles only, and a rerun completes it without duplicates. */
class KillAndRerunTest {

    private static final int ARTICLES = 15;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesOnlyWholeArticlesAndARerunFinishesWithoutDuplicates() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < ARTICLES; i++) {
            Articles.write(in.resolve(String.format("article-%02d.txt", i)), Articles.numbered(i));
        }
        Path db = dir.resolve("parley.db");

        Process first = ingest(in, db, "first");
        waitForAStoredArticle(first, db);
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));

        int stored = Db.count(db, "articles");
        assertTrue(stored >= 1 && stored < ARTICLES, "killed after " + stored + " articles");
        assertEquals(List.of(List.of("ok")), Db.rows(db, "PRAGMA integrity_check"));
        assertOnlyWholeArticles(db);

        Process second = ingest(in, db, "second");
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "rerun did not finish");
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.err")));
        int rest = ARTICLES - stored;
        assertEquals("read " + ARTICLES + ", stored " + rest + ", already stored " + stored
                + ", near-duplicates 0, skipped by language 0, skipped records 0, failed 0, events "
                + rest, Files.readString(dir.resolve("second.out")).strip());
        assertEquals(List.of(List.of(
                        String.valueOf(ARTICLES), String.valueOf(ARTICLES), String.valueOf(ARTICLES))),
                Db.rows(db, "SELECT COUNT(*), COUNT(DISTINCT source_id), COUNT(DISTINCT text) FROM articles"));
        assertEquals(ARTICLES, Db.count(db, "events"));
        assertOnlyWholeArticles(db);
    }

    /** Every stored article has exactly the events, participants and persons its text yields. */
    private static void assertOnlyWholeArticles(Path db) throws SQLException {
        for (List<String> row : Db.rows(db, "SELECT a.text,"
                + " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id),"
                + " (SELECT COUNT(*) FROM event_participants p JOIN events e ON e.id = p.event_id"
                + "  WHERE e.article_id = a.id),"
                + " (SELECT COUNT(*) FROM persons p WHERE p.article_id = a.id) FROM articles a")) {
            int expected = FakePipeline.eventsIn(row.get(0));
            assertEquals(List.of(expected, 2 * expected, 2 * expected),
                    List.of(Integer.parseInt(row.get(1)), Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3))),
                    "partial rows for article: " + row.get(0));
        }
        assertEquals(List.of(), Db.rows(db, "PRAGMA foreign_key_check"));
    }

    private Process ingest(Path in, Path db, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SlowFakeParley.class.getName(), "ingest", in.toString(), "--db", db.toString(), "--threads", "2"));
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private void waitForAStoredArticle(Process process, Path db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "ingest ended before it could be killed: " + read("first.err"));
            if (Files.exists(db)) {
                try {
                    if (Db.count(db, "articles") >= 1) {
                        return;
                    }
                } catch (SQLException e) {
                    // the schema is still being created
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no article stored within 60 s: " + read("first.err"));
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
