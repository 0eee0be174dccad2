package org.parley.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ReadProblem;
import org.parley.model.Article;

/**
 * A feed on 127.0.0.1 (named by the user, so fetched) whose items and redirects lead inside: to a
 * "metadata" server on 127.0.0.2, to names a test resolver turns into 127.0.0.2 and 169.254.169.254,
 * to IPv6 forms of loopback. Nothing inside may be fetched unless private addresses are allowed.
 */
class PrivateAddressTest {

    private static final WatchSettings GUARDED = WatchSettings.defaults()
            .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(2000));

    private final AtomicInteger secretHits = new AtomicInteger();
    private final List<Article> articles = Collections.synchronizedList(new ArrayList<>());
    private final List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
    private HttpServer news;
    private HttpServer inside;

    /** What DNS would say for the test's names: one inside on loopback, one at the cloud metadata address. */
    private final HostResolver resolver = host -> switch (host) {
        case "inside.test" -> List.of(InetAddress.getByName("127.0.0.2"));
        case "metadata.test" -> List.of(InetAddress.getByName("169.254.169.254"));
        case "mixed.test" -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3"));
        default -> throw new UnknownHostException(host);
    };

    @BeforeEach
    void start() throws IOException {
        inside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        inside.createContext("/", ex -> {
            secretHits.incrementAndGet();
            respond(ex, 200, "text/html", "<html><body><article><p>INSTANCE CREDENTIALS: the role key is"
                    + " not for feeds to read, whatever they link to.</p></article></body></html>", Map.of());
        });
        inside.start();
        news = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        int p = inside.getAddress().getPort();
        news.createContext("/feed.xml", ex -> respond(ex, 200, "application/rss+xml", rss(
                item("http://127.0.0.2:" + p + "/latest/meta-data/", 1)
                        + item("http://inside.test:" + p + "/latest/meta-data/", 2)
                        + item("http://metadata.test/latest/meta-data/iam/", 3)
                        + item("http://[::ffff:127.0.0.2]:" + p + "/latest/", 4)
                        + item("http://mixed.test:" + p + "/latest/", 5)
                        + item("http://127.0.0.1:" + news.getAddress().getPort() + "/hop", 6)), Map.of()));
        news.createContext("/hop", ex -> respond(ex, 302, null, "", Map.of("Location", "http://inside.test:" + p + "/")));
        news.createContext("/moved.xml", ex -> respond(ex, 302, null, "",
                Map.of("Location", "http://inside.test:" + p + "/feed.xml")));
        news.start();
    }

    @AfterEach
    void stop() {
        news.stop(0);
        inside.stop(0);
    }

    @Test
    void itemsLeadingInsideAreRefusedOneLineEachAndNothingInsideIsFetched() {
        try (FeedWatcher watcher = new FeedWatcher(List.of(url("/feed.xml")), GUARDED, resolver, articles::add,
                problems::add)) {
            FeedPoll poll = watcher.pollOnce().get(0);
            assertEquals(FeedPoll.Outcome.UPDATED, poll.outcome(), "the named feed itself is fetched as given");
        }
        assertEquals(0, secretHits.get());
        assertEquals(6, problems.size(), problems.toString());
        String p = String.valueOf(inside.getAddress().getPort());
        List<String> reasons = problems.stream().map(ReadProblem::reason).toList();
        assertEquals("refused http://127.0.0.2:" + p + "/latest/meta-data/: 127.0.0.2 is a loopback address"
                + " (only the feeds named may be inside; --allow-private allows any); used the feed's text for the item",
                reasons.get(0));
        assertTrue(reasons.get(1).startsWith("refused http://inside.test:" + p
                + "/latest/meta-data/: inside.test (127.0.0.2) is a loopback address"), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("refused http://metadata.test/latest/meta-data/iam/:"
                + " metadata.test (169.254.169.254) is a link-local address"), reasons.get(2));
        assertTrue(reasons.get(3).contains(" is a loopback address"), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("refused http://mixed.test:" + p + "/latest/: mixed.test (10.1.2.3) is a"
                + " private address"), reasons.get(4));
        assertTrue(reasons.get(5).startsWith("refused http://127.0.0.1:" + news.getAddress().getPort()
                + "/hop: 127.0.0.1 is a loopback address"), "an item on the feed's own loopback host: " + reasons.get(5));
        problems.forEach(r -> assertEquals(1, r.oneLine().lines().count()));
        assertTrue(articles.stream().noneMatch(a -> a.text().contains("CREDENTIALS")), articles.toString());
        assertEquals(6, articles.size(), "each item's own text from the feed is kept");
    }

    @Test
    void aNamedFeedRedirectingInsideIsRefused() {
        try (FeedWatcher watcher = new FeedWatcher(List.of(url("/moved.xml")), GUARDED, resolver, articles::add,
                problems::add)) {
            FeedPoll poll = watcher.pollOnce().get(0);
            assertEquals(FeedPoll.Outcome.FAILED, poll.outcome());
            assertTrue(poll.reason().startsWith("refused http://inside.test:" + inside.getAddress().getPort()
                    + "/feed.xml: inside.test (127.0.0.2) is a loopback address"), poll.reason());
        }
        assertEquals(0, secretHits.get());
    }

    @Test
    void allowPrivateFetchesInsideAddresses() {
        WatchSettings allowed = GUARDED.withAllowPrivate(true);
        try (FeedWatcher watcher = new FeedWatcher(List.of(url("/moved.xml")), allowed, resolver, articles::add,
                problems::add)) {
            FeedPoll poll = watcher.pollOnce().get(0);
            assertEquals(FeedPoll.Outcome.FAILED, poll.outcome(), "the inside server answers a page, not a feed");
        }
        assertEquals(1, secretHits.get(), "the redirect was followed inside");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + news.getAddress().getPort() + path);
    }

    private static String item(String link, int n) {
        return "<item><title>Item " + n + "</title><link>" + link + "</link><description>Feed text of item " + n
                + ": envoys of Veloria and Ostmark met.</description></item>";
    }

    private static String rss(String items) {
        return "<?xml version='1.0'?><rss version='2.0'><channel><title>Test</title>" + items + "</channel></rss>";
    }

    private static void respond(HttpExchange ex, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
