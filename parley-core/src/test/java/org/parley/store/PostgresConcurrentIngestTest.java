package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.testing.Prerequisite;

/**
 * Three ingest processes (separate JVMs, separate connections) store the same articles into one new
 * PostgreSQL database at once, each in its own order, while this process reads the timeline: each
 * article, actor and occasion is stored once, and every read succeeds.
 */
class PostgresConcurrentIngestTest {

    private static final int WRITERS = 3;

    private String schema;

    @BeforeEach
    void createSchema() throws Exception {
        Prerequisite.require(TestPostgres.available(), TestPostgres.SKIPPED);
        schema = TestPostgres.createSchema();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void threeProcessesIngestingTheSameArticlesStoreEachArticleActorAndOccasionOnce() throws Exception {
        String url = TestPostgres.urlFor(schema);
        long start = System.currentTimeMillis() + 4000; // every JVM up and connected by then
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConcurrentIngestWorker.class.getName(),
                    url, String.valueOf(i), String.valueOf(start)).redirectErrorStream(true).start());
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> readWhile(url, writing, reads, readFailure));
        reader.start();
        int stored = 0;
        for (Process p : writers) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "an ingest process did not finish");
            String output = output(p);
            assertEquals(0, p.exitValue(), output);
            stored += Integer.parseInt(output.lines().reduce((a, b) -> b).orElse("0").strip());
        }
        writing.set(false);
        reader.join();

        int articles = ConcurrentIngestWorker.articles().size();
        assertEquals(articles, stored, "each article stored by exactly one process");
        assertEquals(null, readFailure.get(), "reads while writing");
        assertTrue(reads.get() > 0);
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(articles, count(c, "SELECT COUNT(*) FROM articles"));
            assertEquals(articles, count(c, "SELECT COUNT(*) FROM events"));
            assertEquals(articles, count(c, "SELECT COUNT(*) FROM occasion_events"));
            assertEquals(ConcurrentIngestWorker.OCCASIONS, count(c, "SELECT COUNT(*) FROM occasions"));
            assertEquals(ConcurrentIngestWorker.PEOPLE.size(), count(c, "SELECT COUNT(*) FROM actors WHERE kind = 'person'"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM (SELECT name FROM actors GROUP BY kind, name HAVING COUNT(*) > 1) d"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM (SELECT occasion_id FROM occasion_events GROUP BY occasion_id"
                    + " HAVING COUNT(*) <> 2) d"), "every occasion has both its reports");
        }
    }

    /** The timeline read again and again until the writers are done; it only ever grows. */
    private static void readWhile(String url, AtomicBoolean writing, AtomicInteger reads,
                                  AtomicReference<Throwable> failure) {
        try (Store store = Stores.open(url)) {
            int last = 0;
            while (writing.get()) {
                int sources = store.events(EventQuery.ALL).stream().mapToInt(e -> e.sources().size()).sum();
                if (sources < last) {
                    throw new AssertionError("the timeline shrank from " + last + " to " + sources + " sources");
                }
                last = sources;
                reads.incrementAndGet();
            }
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
