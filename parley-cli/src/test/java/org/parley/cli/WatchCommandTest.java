package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley watch --once} against a real HTTP server on the loopback interface: a good feed
 * whose items link to a story, another site's copy of it and a missing page; a feed that fails; a
 * feed that answers too late.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WatchCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService handlers;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(); // the slow feed must not hold up the others
        server.setExecutor(handlers);
        server.createContext("/news/feed.xml", e -> respond(e, 200, "application/rss+xml", feed()));
        server.createContext("/news/fish", e -> respond(e, 200, "text/html; charset=utf-8",
                ArticlePages.html(Stories.FISHERIES, url("/news/fish"), LocalDate.of(2024, 3, 5))));
        server.createContext("/news/fish-copy", e -> respond(e, 200, "text/html; charset=utf-8",
                ArticlePages.html(Stories.FISHERIES_SYNDICATED, url("/news/fish-copy"), LocalDate.of(2024, 3, 5))));
        server.createContext("/news/gone", e -> respond(e, 404, "text/plain", "no such page"));
        server.createContext("/broken/feed.xml", e -> respond(e, 500, "text/plain", "database down"));
        server.createContext("/slow/feed.xml", e -> {
            sleep(5_000);
            respond(e, 200, "application/rss+xml", feed());
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void onePollStoresNewPagesRecordsCopiesAndReportsEachFailingFeedOrPage() throws Exception {
        Path db = dir.resolve("parley.db");
        long started = System.nanoTime();

        Cli.Result r = Cli.run("watch", url("/news/feed.xml"), url("/broken/feed.xml"), url("/slow/feed.xml"),
                "--db", db.toString(), "--once", "--timeout", "1s", "--threads", "2", "--allow-private");

        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(4), "the slow feed held up the poll");
        assertEquals(1, r.exit(), r.err());
        List<String> out = List.of(r.out().split("\n"));
        assertTrue(out.get(0).startsWith("poll at "), r.out());
        assertEquals(List.of("feed " + url("/news/feed.xml") + ": 3 new",
                "feed " + url("/broken/feed.xml") + ": failed: HTTP 500",
                "feed " + url("/slow/feed.xml") + ": failed: no answer within the request timeout"), out.subList(1, 4));
        assertEquals("read 3, stored 2, already stored 0, near-duplicates 1, skipped by language 0, skipped records 0,"
                + " failed 3, events 2", out.get(4));
        assertTrue(out.contains("near-duplicate: " + url("/news/fish-copy") + " (" + url("/news/fish-copy") + ") of "
                + url("/news/fish")), r.out());
        assertTrue(out.contains("failed: " + url("/news/gone") + ": HTTP 404; used the feed's text for the item"), r.out());
        assertEquals(1, r.errLines().stream().filter(l -> l.startsWith("parley: " + url("/broken/feed.xml") + ": HTTP 500"))
                .count(), r.err());

        assertEquals(List.of(List.of(url("/news/fish")), List.of(url("/news/gone"))),
                Db.rows(db, "SELECT url FROM articles ORDER BY url"));
        assertEquals(List.of(List.of(url("/news/fish-copy"))), Db.rows(db, "SELECT url FROM article_urls"));
        assertEquals(3, Db.count(db, "watch_seen_links"));
        assertEquals(Map.of("/news/fish", 1, "/news/fish-copy", 1, "/news/gone", 1), pageHits());
    }

    @Test
    void aRestartedWatcherDoesNotFetchPagesItHasSeen() throws Exception {
        Path db = dir.resolve("parley.db");
        // 1: the missing page is a failure, though its item is stored from the feed's text
        assertEquals(1, Cli.run("watch", url("/news/feed.xml"), "--db", db.toString(), "--once", "--allow-private").exit());

        Cli.Result again = Cli.run(() -> {
            throw new AssertionError("nothing new: the pipeline should not be needed");
        }, "watch", url("/news/feed.xml"), "--db", db.toString(), "--once", "--allow-private");

        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("feed " + url("/news/feed.xml") + ": 0 new\nread 0, stored 0,"), again.out());
        assertEquals(2, hits.get("/news/feed.xml").get());
        assertEquals(Map.of("/news/fish", 1, "/news/fish-copy", 1, "/news/gone", 1), pageHits());
        assertEquals(2, Db.count(db, "articles"));
    }

    @Test
    void itemsLeadingToAnotherLoopbackAddressAreRefusedUnlessAllowed() throws Exception {
        HttpServer inside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        AtomicInteger insideHits = new AtomicInteger();
        inside.createContext("/", e -> {
            insideHits.incrementAndGet();
            respond(e, 200, "text/html; charset=utf-8", ArticlePages.html(Stories.FISHERIES, "https://inside.invalid/x", null));
        });
        inside.start();
        String secret = "http://127.0.0.2:" + inside.getAddress().getPort() + "/computeMetadata/v1/";
        server.createContext("/inside/feed.xml", e -> respond(e, 200, "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
                <item><title>Metadata</title><link>%s</link></item></channel></rss>""".formatted(secret)));
        try {
            Path db = dir.resolve("parley.db");
            Cli.Result refused = Cli.run("watch", url("/inside/feed.xml"), "--db", db.toString(), "--once");

            assertEquals(1, refused.exit(), refused.err());
            assertEquals(0, insideHits.get());
            assertTrue(refused.err().contains("parley: " + secret + ": refused " + secret + ": 127.0.0.2 is a loopback"
                    + " address (only the feeds named may be inside; --allow-private allows any); item skipped\n"),
                    refused.err());
            assertEquals(0, Db.count(db, "articles"));

            Cli.Result allowed = Cli.run("watch", url("/inside/feed.xml"), "--db", dir.resolve("allowed.db").toString(),
                    "--once", "--allow-private");
            assertEquals(0, allowed.exit(), allowed.err());
            assertEquals(1, insideHits.get());
        } finally {
            inside.stop(0);
        }
    }

    @Test
    void failingPagesAreRetriedAcrossRestartsThenGivenUpAndListedByStatus() throws Exception {
        AtomicInteger flaky = new AtomicInteger();
        server.createContext("/retry/feed.xml", e -> respond(e, 200, "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
                <item><title>Loop</title><link>%s</link></item>
                <item><title>Flaky</title><link>%s</link></item></channel></rss>"""
                .formatted(url("/retry/loop"), url("/retry/flaky"))));
        server.createContext("/retry/loop", e -> {
            hits.computeIfAbsent("/retry/loop", p -> new AtomicInteger()).incrementAndGet();
            e.getResponseHeaders().set("Location", url("/retry/loop"));
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        server.createContext("/retry/flaky", e -> {
            if (flaky.incrementAndGet() == 1) {
                respond(e, 503, "text/plain", "busy");
            } else {
                respond(e, 200, "text/html; charset=utf-8", ArticlePages.html(Stories.FISHERIES, url("/retry/flaky"),
                        LocalDate.of(2024, 3, 5)));
            }
        });
        Path db = dir.resolve("parley.db");
        String[] watch = {"watch", url("/retry/feed.xml"), "--db", db.toString(), "--once", "--allow-private",
                "--page-attempts", "3", "--retry-after", "1s"};

        Cli.Result first = Cli.run(watch);
        assertEquals(0, first.exit(), "a page to be tried again is no failure yet: " + first.err());
        assertTrue(first.err().contains("parley: " + url("/retry/flaky") + ": HTTP 503; will try again (attempt 1 of 3,"
                + " not before "), first.err());
        assertTrue(first.err().contains("parley: " + url("/retry/loop") + ": redirect loop: "), first.err());
        assertEquals(0, Db.count(db, "articles"));

        Thread.sleep(1_200);
        Cli.Result second = Cli.run(watch);
        assertEquals(0, second.exit(), second.err());
        assertEquals(List.of(List.of(url("/retry/flaky"))), Db.rows(db, "SELECT url FROM articles"));
        assertTrue(second.err().contains("(attempt 2 of 3,"), second.err());

        Thread.sleep(2_200);
        Cli.Result third = Cli.run(watch);
        assertEquals(1, third.exit(), third.err());
        assertTrue(third.out().contains("failed: " + url("/retry/loop") + ": redirect loop: " + url("/retry/loop") + " -> "
                + url("/retry/loop") + "; gave up after 3 attempts; item skipped\n"), third.out());

        Cli.Result fourth = Cli.run(watch);
        assertEquals(0, fourth.exit(), fourth.err());
        assertEquals(3, hits.get("/retry/loop").get(), "a page given up is not fetched again");
        assertEquals(2, flaky.get());

        Cli.Result status = Cli.run("watch", "--status", "--db", db.toString());
        assertEquals(0, status.exit(), status.err());
        List<String> lines = List.of(status.out().split("\n"));
        assertEquals("0 pages to try again, 1 given up", lines.get(0));
        assertTrue(lines.get(1).matches("failed \\S+Z  attempts 3  " + java.util.regex.Pattern.quote(url("/retry/loop")
                + ": redirect loop: ") + ".*"), lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    void aFeedThatIsNotHttpIsAUsageError() {
        Cli.Result r = Cli.run("watch", "file:///etc/passwd", "--db", dir.resolve("parley.db").toString(), "--once");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("parley: file:///etc/passwd: not an http or https URL"), r.err());
    }

    private Map<String, Integer> pageHits() {
        Map<String, Integer> pages = new java.util.TreeMap<>();
        hits.forEach((path, n) -> {
            if (!path.endsWith(".xml")) {
                pages.put(path, n.get());
            }
        });
        return pages;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test news</title><link>%1$s</link><description>Invented stories</description>
                <item><title>Fishing talks</title><link>%2$s</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
                <description>Ministers talk about fish.</description></item>
                <item><title>Fishing talks (copy)</title><link>%3$s</link><pubDate>Tue, 05 Mar 2024 11:00:00 GMT</pubDate>
                <description>Ministers talk about fish, again.</description></item>
                <item><title>A visit</title><link>%4$s</link><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate>
                <description>Maria Kask of EST visited Peter Holm of DNK in Copenhagen on 2024-04-02.</description></item>
                </channel></rss>
                """.formatted(url("/news/"), url("/news/fish"), url("/news/fish-copy"), url("/news/gone"));
    }

    private void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (the slow feed): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
