package org.parley.ingest.watch;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.parley.ingest.ArticleIds;
import org.parley.ingest.RecordException;
import org.parley.ingest.ReadProblem;
import org.parley.ingest.feed.FeedItem;
import org.parley.ingest.feed.FeedParser;
import org.parley.ingest.html.ExtractedPage;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.model.Article;
import org.parley.model.PageRetry;

/**
 * One poll of one feed: fetch (conditionally), parse, fetch each new item's page, hand it on. A page
 * that fails in a way that may pass is tried again in a later poll, after a wait that doubles each
 * time, up to {@link WatchSettings#pageAttempts()} fetches; then it is given up, and the feed's own
 * text for the item is used if it has any.
 */
final class FeedPoller {

    private final HttpFetcher http;
    private final WatchSettings settings;
    private final Set<String> seen;
    private final Retries retries;
    private final Consumer<Article> sink;
    private final Consumer<ReadProblem> problems;
    private final Map<URI, FeedWatcher.Validators> validators = new ConcurrentHashMap<>();
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    FeedPoller(HttpFetcher http, WatchSettings settings, Set<String> seen, Retries retries, Consumer<Article> sink,
               Consumer<ReadProblem> problems) {
        this.http = http;
        this.settings = settings;
        this.seen = seen;
        this.retries = retries;
        this.sink = sink;
        this.problems = problems;
    }

    FeedPoll poll(URI feed) {
        HttpFetcher.Fetched response;
        try {
            FeedWatcher.Validators known = validators.get(feed);
            response = http.get(feed, HttpFetcher.Origin.NAMED, known == null ? Map.of() : known.asRequestHeaders());
        } catch (FetchException e) {
            return fail(feed, e.getMessage());
        }
        if (response.status() == 304) {
            return new FeedPoll(feed, FeedPoll.Outcome.NOT_MODIFIED, 0, null);
        }
        if (response.status() < 200 || response.status() > 299) {
            return fail(feed, "HTTP " + response.status());
        }
        List<FeedItem> items;
        try {
            items = FeedParser.parse(response.body(), feed.toString());
        } catch (RecordException e) {
            return fail(feed, e.getMessage());
        }
        // remembered only once the feed parsed, so a broken response is fetched in full next time
        validators.put(feed, new FeedWatcher.Validators(response.header("ETag"), response.header("Last-Modified")));
        int delivered = 0;
        int fetched = 0;
        for (FeedItem item : items) {
            String key = item.link() != null ? item.link() : feed + "#" + item.title() + "@" + item.published();
            if (fetched >= settings.maxNewItems() || seen.contains(key) || retries.waiting(key) || !seen.add(key)) {
                continue;
            }
            fetched++;
            Optional<Article> article = articleFor(feed, item, key);
            if (article.isPresent()) {
                sink.accept(article.get());
                delivered++;
            }
        }
        return new FeedPoll(feed, FeedPoll.Outcome.UPDATED, delivered, null);
    }

    /** The item's page when it can be fetched and has text, else the feed's own text for the item. */
    private Optional<Article> articleFor(URI feed, FeedItem item, String key) {
        String fallbackId = ArticleIds.ofUrl(feed + "#" + item.title());
        if (item.link() == null) {
            return item.toArticle(feed.toString(), fallbackId, extractor);
        }
        String failure;
        boolean passing = false; // whether trying again later may help
        try {
            HttpFetcher.Fetched page = http.get(URI.create(item.link()), HttpFetcher.Origin.FROM_ELSEWHERE, Map.of());
            passing = page.status() >= 500 || page.status() == 429 || page.status() == 408;
            if (page.status() >= 200 && page.status() <= 299) {
                ExtractedPage extracted = extractor.extract(page.body(), page.header("Content-Type").orElse(null),
                        page.uri().toString());
                if (extracted.charsetNote() != null) {
                    problems.accept(ReadProblem.notice(item.link(), null, extracted.charsetNote()));
                }
                if (extracted.hasText()) {
                    retries.fetched(key);
                    return Optional.of(new Article(ArticleIds.ofUrl(item.link()), item.link(),
                            extracted.url() != null ? extracted.url() : item.link(),
                            extracted.title() != null ? extracted.title() : item.title(), extracted.text(),
                            extracted.published() != null ? extracted.published() : item.published()));
                }
                failure = "page has no article text";
            } else {
                failure = "HTTP " + page.status();
            }
        } catch (FetchException e) {
            failure = e.getMessage();
            passing = !e.lasting();
        } catch (IllegalArgumentException e) {
            failure = "bad link";
        } catch (RuntimeException | StackOverflowError e) {
            failure = "cannot parse page: " + e;
        }
        if (passing) {
            PageRetry attempt = retries.failed(key, failure, settings);
            if (!attempt.gaveUp()) {
                seen.remove(key); // fetched again in a later poll
                problems.accept(ReadProblem.notice(item.link(), null, failure + "; will try again (attempt "
                        + attempt.attempts() + " of " + settings.pageAttempts() + ", not before "
                        + attempt.nextAttempt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")"));
                return Optional.empty();
            }
            failure += "; gave up after " + attempt.attempts() + " attempts";
        } else {
            retries.fetched(key);
        }
        Optional<Article> fromFeed = item.toArticle(item.link(), fallbackId, extractor);
        problems.accept(new ReadProblem(item.link(), null, failure
                + (fromFeed.isPresent() ? "; used the feed's text for the item" : "; item skipped")));
        return fromFeed;
    }

    private FeedPoll fail(URI feed, String reason) {
        problems.accept(new ReadProblem(feed.toString(), null, reason));
        return FeedPoll.failed(feed, reason);
    }
}
