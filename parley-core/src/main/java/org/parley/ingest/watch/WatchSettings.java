package org.parley.ingest.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for polling feeds and fetching their pages.
 *
 * @param connectTimeout    to open a connection
 * @param requestTimeout    for one request, from sending it to the last byte of the body
 * @param maxBodyBytes      a feed or page larger than this is refused
 * @param maxRedirects      redirects followed per request; more fail the request
 * @param maxNewItems       new items fetched per feed per poll; the rest wait for the next poll
 * @param parallelFeeds     feeds polled at once, so one slow host holds up only its own feed
 * @param userAgent         sent with every request
 * @param allowPrivate      whether URLs from feeds and redirects may reach loopback, link-local, private,
 *                          multicast or unspecified addresses (the feeds named always may)
 * @param pageAttempts      fetches of a page that fails (timeout, size cap, redirect loop, server error)
 *                          before it is given up
 * @param retryAfter        the wait before the second attempt; it doubles with each attempt after
 */
public record WatchSettings(Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxRedirects,
                            int maxNewItems, int parallelFeeds, String userAgent, boolean allowPrivate,
                            int pageAttempts, Duration retryAfter) {

    public WatchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (maxBodyBytes < 1 || maxRedirects < 0 || maxNewItems < 1 || parallelFeeds < 1 || pageAttempts < 1
                || retryAfter.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5, 100, 8,
                "Parley/0.1 (news event research; feed reader)", false, 4, Duration.ofMinutes(10));
    }

    public WatchSettings withTimeouts(Duration connect, Duration request) {
        return new WatchSettings(connect, request, maxBodyBytes, maxRedirects, maxNewItems, parallelFeeds, userAgent,
                allowPrivate, pageAttempts, retryAfter);
    }

    public WatchSettings withMaxBodyBytes(long max) {
        return new WatchSettings(connectTimeout, requestTimeout, max, maxRedirects, maxNewItems, parallelFeeds, userAgent,
                allowPrivate, pageAttempts, retryAfter);
    }

    public WatchSettings withAllowPrivate(boolean allow) {
        return new WatchSettings(connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, maxNewItems, parallelFeeds,
                userAgent, allow, pageAttempts, retryAfter);
    }

    public WatchSettings withRetries(int attempts, Duration after) {
        return new WatchSettings(connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, maxNewItems, parallelFeeds,
                userAgent, allowPrivate, attempts, after);
    }
}
