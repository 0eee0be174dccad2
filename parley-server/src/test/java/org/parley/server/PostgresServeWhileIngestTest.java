package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.server.ArticleBuilder.p;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * The desk on PostgreSQL answers while two ingest processes (two stores, two connections) save new articles:
 * every read succeeds, the timeline only grows, and once the writers commit their events are read.
 */
class PostgresServeWhileIngestTest {

    private static final int WRITERS = 2;
    private static final int ARTICLES_EACH = 15;
    private static final int DESK_EVENTS = 12;

    private String schema;

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void readsGoOnWhileOtherConnectionsSaveArticles() throws Exception {
        TestPostgres.url();
        schema = TestPostgres.createSchema();
        String url = DeskArticles.fill(TestPostgres.urlFor(schema));
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (RunningServer server = new RunningServer(url)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    try (Store store = Stores.open(url)) {
                        for (int i = 0; i < ARTICLES_EACH; i++) {
                            assertTrue(store.save(article(writer, i)));
                        }
                    }
                    return null;
                }));
            }
            int seen = DESK_EVENTS;
            int reads = 0;
            while (!done.stream().allMatch(Future::isDone)) {
                int now = server.json("/api/events?limit=500").get("events").size();
                assertTrue(now >= seen, "the timeline shrank from " + seen + " to " + now);
                seen = now;
                server.json("/api/search?q=harbour");
                server.json("/api/stats/monthly");
                server.json("/api/actors");
                reads++;
            }
            for (Future<?> f : done) {
                f.get(); // a writer's failure fails the test
            }
            assertTrue(reads > 0);
            assertEquals(DESK_EVENTS + WRITERS * ARTICLES_EACH, server.json("/api/events?limit=500").get("events").size());
            assertEquals(20, server.json("/api/search?q=harbour&limit=20").get("hits").size());
        } finally {
            writers.shutdownNow();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** An article of its own: its own two envoys on a day of its own, so that no two become one occasion. */
    private static Extraction article(int writer, int i) {
        String a = "Envoy " + name(writer, i, 'a');
        String b = "Envoy " + name(writer, i, 'b');
        LocalDate day = LocalDate.of(2025 + writer, 1 + i % 12, 1 + i / 12 * 14);
        String sentence = a + " met " + b + " at the harbour on " + day + ".";
        return new ArticleBuilder("w" + writer + "-" + i, null, "Harbour talks", day, sentence + "\n")
                .event(EventType.MEETING, EventStatus.OCCURRED, day.toString(), DateSource.EXPLICIT, "on " + day,
                        "Harbour", null, "042", sentence, p(a, "NOR", "Envoy"), p(b, "SWE", "Envoy"))
                .extraction();
    }

    /** Eight letters drawn at random for each envoy, so unlike one another that the resolver never merges two. */
    private static String name(int writer, int i, char side) {
        java.util.Random random = new java.util.Random(writer * 1_000 + i * 2 + side);
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            String letters = k % 2 == 0 ? "bcdfghklmnprstvz" : "aeiou";
            name.append(letters.charAt(random.nextInt(letters.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
