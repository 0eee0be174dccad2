package org.parley.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ReadProblem;
import org.parley.model.Article;

/** Against real HTTP servers on 127.0.0.1, started here on free ports; nothing leaves the machine. */
class FeedWatcherTest {

    /** The test servers are on loopback, where feed items may lead only when private addresses are allowed. */
    private static final WatchSettings FAST = WatchSettings.defaults()
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800)).withAllowPrivate(true);

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Article> articles = Collections.synchronizedList(new ArrayList<>());
    private final List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile String feedVersion = "v1";
    private HttpServer news;

    @BeforeEach
    void startNewsServer() throws IOException {
        news = server();
        news.createContext("/feed.xml", ex -> {
            count(ex);
            String etag = "\"" + feedVersion + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(ex, 304, null, new byte[0], Map.of("ETag", etag));
                return;
            }
            String items = item("/story/1", "Envoys meet in Lorn") + item("/story/2", "Talks resume in Kessel");
            if (feedVersion.equals("v2")) {
                items = item("/story/3", "Summit ends") + items;
            }
            respond(ex, 200, "application/rss+xml", rss(items), Map.of("ETag", etag));
        });
        news.createContext("/dated.xml", ex -> {
            count(ex);
            String lastModified = "Mon, 08 Jul 2024 10:00:00 GMT";
            if (lastModified.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
                respond(ex, 304, null, new byte[0], Map.of());
                return;
            }
            respond(ex, 200, "application/rss+xml", rss(item("/story/1", "Envoys meet in Lorn")), Map.of("Last-Modified", lastModified));
        });
        news.createContext("/story/", ex -> {
            count(ex);
            String n = ex.getRequestURI().getPath().replace("/story/", "");
            String html = "<html><head><title>Story " + n + "</title>"
                    + "<meta property='article:published_time' content='2024-07-0" + n + "'></head><body>"
                    + "<nav><a href='/'>Home</a></nav><article><p>Story " + n + ": the envoys of Veloria and Ostmark met, talked, and parted.</p>"
                    + "<script>SCRIPT</script></article></body></html>";
            respond(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        });
        news.createContext("/broken-pages.xml", ex -> respond(ex, 200, "application/rss+xml",
                rss(item("/missing/1", "Gone") .replace("</item>", "<description>Feed text for the missing story.</description></item>")), Map.of()));
        news.createContext("/missing/", ex -> respond(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8), Map.of()));
        news.createContext("/error.xml", ex -> respond(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8), Map.of()));
        news.createContext("/loop-a", ex -> respond(ex, 302, null, new byte[0], Map.of("Location", "/loop-b")));
        news.createContext("/loop-b", ex -> respond(ex, 302, null, new byte[0], Map.of("Location", "/loop-a")));
        news.createContext("/moved.xml", ex -> respond(ex, 301, null, new byte[0], Map.of("Location", "/feed.xml")));
        news.createContext("/to-file", ex -> respond(ex, 302, null, new byte[0], Map.of("Location", "file:///etc/hostname")));
        news.createContext("/huge.xml", ex -> respond(ex, 200, "application/rss+xml", new byte[3 * 1024 * 1024], Map.of()));
        news.start();
    }

    @AfterEach
    void stopServers() {
        releaseSlow.countDown();
        servers.forEach(s -> s.stop(0));
        executors.forEach(ExecutorService::shutdownNow);
    }

    private HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        servers.add(server);
        executors.add(executor);
        return server;
    }

    private URI url(HttpServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private String item(String path, String title) {
        return "<item><title>" + title + "</title><link>" + url(news, path) + "</link></item>";
    }

    private static byte[] rss(String items) {
        return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Test</title>" + items + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void count(HttpExchange ex) {
        hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
    }

    private int hitsOn(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body, Map<String, String> headers) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    private FeedWatcher watcher(WatchSettings settings, URI... feeds) {
        return new FeedWatcher(List.of(feeds), settings, articles::add, problems::add);
    }

    @Test
    void newItemsPagesAreFetchedAndHandedOn() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/feed.xml"))) {
            List<FeedPoll> polls = watcher.pollOnce();
            assertEquals(List.of(new FeedPoll(url(news, "/feed.xml"), FeedPoll.Outcome.UPDATED, 2, null)), polls);
        }
        assertEquals(List.of(), problems);
        Article first = articles.get(0);
        assertEquals("Story 1: the envoys of Veloria and Ostmark met, talked, and parted.", first.text());
        assertEquals("Story 1", first.title());
        assertEquals(url(news, "/story/1").toString(), first.url());
        assertEquals(LocalDate.of(2024, 7, 1), first.published());
    }

    @Test
    void etagMakesTheSecondPollConditionalAndSeenItemsAreNotRefetched() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/feed.xml"))) {
            watcher.pollOnce();
            assertEquals(FeedPoll.Outcome.NOT_MODIFIED, watcher.pollOnce().get(0).outcome());
            assertEquals(1, hitsOn("/story/1"));

            feedVersion = "v2";
            FeedPoll third = watcher.pollOnce().get(0);
            assertEquals(FeedPoll.Outcome.UPDATED, third.outcome());
            assertEquals(1, third.newArticles());
            assertEquals(1, hitsOn("/story/1"));
            assertEquals(1, hitsOn("/story/3"));
        }
        assertEquals(3, articles.size());
        assertEquals(3, hitsOn("/feed.xml"));
    }

    @Test
    void lastModifiedIsSentBack() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/dated.xml"))) {
            assertEquals(FeedPoll.Outcome.UPDATED, watcher.pollOnce().get(0).outcome());
            assertEquals(FeedPoll.Outcome.NOT_MODIFIED, watcher.pollOnce().get(0).outcome());
        }
    }

    @Test
    void preSeededLinksAreSkipped() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/feed.xml"))) {
            watcher.seedSeen(List.of(url(news, "/story/1").toString()));
            assertEquals(1, watcher.pollOnce().get(0).newArticles());
            assertTrue(watcher.seenLinks().contains(url(news, "/story/2").toString()));
        }
        assertEquals(0, hitsOn("/story/1"));
    }

    @Test
    void redirectLoopFailsThatFeedWithOneLineReason() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/loop-a"), url(news, "/moved.xml"))) {
            List<FeedPoll> polls = watcher.pollOnce();
            assertEquals(FeedPoll.Outcome.FAILED, polls.get(0).outcome());
            assertTrue(polls.get(0).reason().startsWith("redirect loop: "), polls.get(0).reason());
            assertTrue(polls.get(0).reason().lines().count() == 1);
            assertEquals(FeedPoll.Outcome.UPDATED, polls.get(1).outcome(), "a single redirect is followed");
        }
    }

    @Test
    void tooManyRedirectsFail() {
        WatchSettings noRedirects = new WatchSettings(FAST.connectTimeout(), FAST.requestTimeout(), FAST.maxBodyBytes(),
                0, FAST.maxNewItems(), FAST.parallelFeeds(), FAST.userAgent(), FAST.allowPrivate(),
                FAST.pageAttempts(), FAST.retryAfter());
        try (FeedWatcher watcher = watcher(noRedirects, url(news, "/moved.xml"))) {
            assertTrue(watcher.pollOnce().get(0).reason().startsWith("more than 0 redirects"));
        }
    }

    @Test
    void slowHostFailsOnlyItsOwnFeedWithinTheTimeout() throws IOException {
        HttpServer slow = server();
        slow.createContext("/", ex -> {
            try {
                releaseSlow.await(30, TimeUnit.SECONDS); // never answers while the test runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        slow.start();
        try (FeedWatcher watcher = watcher(FAST, url(slow, "/feed.xml"), url(news, "/feed.xml"))) {
            long start = System.nanoTime();
            List<FeedPoll> polls = assertTimeoutPreemptively(Duration.ofSeconds(10), watcher::pollOnce);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(FeedPoll.Outcome.FAILED, polls.get(0).outcome());
            assertEquals(FeedPoll.Outcome.UPDATED, polls.get(1).outcome());
            assertEquals(2, polls.get(1).newArticles());
            assertTrue(millis < 5000, millis + " ms");
        }
    }

    @Test
    void serverErrorFailsTheFeed() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/error.xml"))) {
            assertEquals(FeedPoll.failed(url(news, "/error.xml"), "HTTP 500"), watcher.pollOnce().get(0));
        }
        assertEquals("HTTP 500", problems.get(0).reason());
    }

    @Test
    void nonHttpSchemesAreRefusedEvenViaRedirect() {
        try (FeedWatcher watcher = watcher(FAST, URI.create("ftp://127.0.0.1/feed.xml"), URI.create("file:///etc/hostname"),
                url(news, "/to-file"))) {
            List<FeedPoll> polls = watcher.pollOnce();
            assertEquals("scheme 'ftp' refused: http and https only", polls.get(0).reason());
            assertEquals("scheme 'file' refused: http and https only", polls.get(1).reason());
            assertEquals("scheme 'file' refused: http and https only", polls.get(2).reason());
        }
    }

    @Test
    void oversizedBodyIsRefused() {
        try (FeedWatcher watcher = watcher(FAST.withMaxBodyBytes(1024 * 1024), url(news, "/huge.xml"))) {
            FeedPoll poll = watcher.pollOnce().get(0);
            assertEquals(FeedPoll.Outcome.FAILED, poll.outcome());
            assertTrue(poll.reason().startsWith("body over"), poll.reason());
        }
    }

    @Test
    void unreachablePageFallsBackToTheFeedText() {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/broken-pages.xml"))) {
            assertEquals(1, watcher.pollOnce().get(0).newArticles());
        }
        assertEquals("Feed text for the missing story.", articles.get(0).text());
        assertEquals("HTTP 404; used the feed's text for the item", problems.get(0).reason());
    }

    @Test
    void runPollsUntilStopped() throws InterruptedException {
        try (FeedWatcher watcher = watcher(FAST, url(news, "/feed.xml"))) {
            AtomicInteger rounds = new AtomicInteger();
            Thread loop = new Thread(() -> watcher.run(Duration.ofMillis(50), polls -> {
                if (rounds.incrementAndGet() == 3) {
                    watcher.stop();
                }
            }));
            loop.start();
            loop.join(10_000);
            assertEquals(3, rounds.get());
            assertTrue(!loop.isAlive());
        }
    }
}
