package org.parley.ingest.watch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.parley.ingest.ReadProblem;
import org.parley.model.Article;
import org.parley.model.PageRetry;

/**
 * Follows RSS and Atom feeds over HTTP: each poll fetches every feed at once (conditional GET with
 * the ETag and Last-Modified it was last given), and for each item not seen before fetches its page
 * and hands the article to the sink. One failing or slow host fails only its own feed, with a
 * one-line reason, within the request timeout.
 *
 * <p>A page that fails in a way that may pass (a timeout, the size cap, a redirect loop, a server
 * error) is tried again in later polls, waiting longer each time, a bounded number of times; then it
 * is given up. Seen links and pages retried are remembered in memory; {@link #seedSeen} and
 * {@link #seedRetries} restore them across runs. The sink
 * is called from poller threads, one call at a time.
 */
public final class FeedWatcher implements AutoCloseable {

    private final List<URI> feeds;
    private final ExecutorService pool;
    private final HttpFetcher http;
    private final FeedPoller poller;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Retries retries = new Retries(java.time.Clock.systemUTC());
    private final CountDownLatch stopped = new CountDownLatch(1);

    public FeedWatcher(Collection<URI> feeds, WatchSettings settings, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        this(feeds, settings, HostResolver.system(), sink, problems);
    }

    /** @param resolver how host names become addresses (the system's DNS but in tests) */
    public FeedWatcher(Collection<URI> feeds, WatchSettings settings, HostResolver resolver, Consumer<Article> sink,
                       Consumer<ReadProblem> problems) {
        this.feeds = List.copyOf(feeds);
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.parallelFeeds(), this.feeds.size())), r -> {
            Thread t = new Thread(r, "feed-poller");
            t.setDaemon(true); // a forgotten watcher must not keep the JVM alive
            return t;
        });
        this.http = new HttpFetcher(settings, resolver);
        this.poller = new FeedPoller(http, settings, seen, retries, serialised(sink), serialised(problems));
    }

    /** Links already handled (stored articles, a previous run's state): their pages are not fetched. */
    public void seedSeen(Collection<String> links) {
        seen.addAll(links);
    }

    /** Pages that failed before (a previous run's state): retried when due, or left if given up. */
    public void seedRetries(Collection<PageRetry> known) {
        retries.seed(known);
    }

    /** Pages being retried or given up, as known now. */
    public List<PageRetry> pageRetries() {
        return retries.all();
    }

    /**
     * What changed in the pages retried since the last call, for the caller to save: pages now
     * waiting for another attempt or given up, and links fetched at last.
     */
    public RetryChanges takeRetryChanges() {
        Retries.Changes c = retries.takeChanges();
        return new RetryChanges(c.retried(), c.fetched());
    }

    /** @param retried pages failed again or given up; @param fetched links fetched after failing before */
    public record RetryChanges(List<PageRetry> retried, List<String> fetched) {
    }

    /** A snapshot of the links handled so far, for the caller to save. */
    public Set<String> seenLinks() {
        return Set.copyOf(seen);
    }

    /** Polls every feed once, concurrently; returns when all are done, in the order the feeds were given. */
    public List<FeedPoll> pollOnce() {
        List<Future<FeedPoll>> futures = new ArrayList<>();
        for (URI feed : feeds) {
            futures.add(pool.submit(() -> poller.poll(feed)));
        }
        List<FeedPoll> polls = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            polls.add(await(feeds.get(i), futures.get(i)));
        }
        return polls;
    }

    /** Polls, then waits {@code every}, until {@link #stop()} or interruption; the first poll is at once. */
    public void run(Duration every, Consumer<List<FeedPoll>> afterEachPoll) {
        try {
            do {
                afterEachPoll.accept(pollOnce());
            } while (!stopped.await(every.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void run(Duration every) {
        run(every, polls -> { });
    }

    public void stop() {
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
        pool.shutdownNow();
        http.close();
    }

    private static FeedPoll await(URI feed, Future<FeedPoll> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return FeedPoll.failed(feed, "interrupted");
        } catch (ExecutionException e) {
            return FeedPoll.failed(feed, "poll failed: " + e.getCause());
        }
    }

    private static <T> Consumer<T> serialised(Consumer<T> consumer) {
        Object lock = new Object();
        return value -> {
            synchronized (lock) {
                consumer.accept(value);
            }
        };
    }

    /** Validators from a feed's last 200 response, sent back as If-None-Match / If-Modified-Since. */
    record Validators(Optional<String> etag, Optional<String> lastModified) {

        Map<String, String> asRequestHeaders() {
            Map<String, String> headers = new java.util.HashMap<>();
            etag.ifPresent(v -> headers.put("If-None-Match", v));
            lastModified.ifPresent(v -> headers.put("If-Modified-Since", v));
            return headers;
        }
    }
}
