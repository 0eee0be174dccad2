package org.parley.ingest.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.PageRetry;

/**
 * The pages that failed and when each may be fetched again, with the changes since they were last
 * taken for saving. Shared by the pollers of all feeds, under this object's lock.
 */
final class Retries {

    private final Clock clock;
    private final Map<String, PageRetry> pages = new HashMap<>();
    /** Links changed since {@link #takeChanges}: the new state, or empty when the page was fetched at last. */
    private final Map<String, Optional<PageRetry>> changes = new HashMap<>();

    Retries(Clock clock) {
        this.clock = clock;
    }

    synchronized void seed(Collection<PageRetry> known) {
        known.forEach(r -> pages.put(r.link(), r));
    }

    /** Whether the page is waiting for its next attempt, or was given up. */
    synchronized boolean waiting(String link) {
        PageRetry state = pages.get(link);
        return state != null && (state.gaveUp() || state.nextAttempt().isAfter(clock.instant()));
    }

    /** One more failed attempt; returns the page's state, given up when the attempts are used. */
    synchronized PageRetry failed(String link, String reason, WatchSettings settings) {
        PageRetry before = pages.get(link);
        int attempts = (before == null ? 0 : before.attempts()) + 1;
        Instant now = clock.instant();
        PageRetry after = attempts >= settings.pageAttempts()
                ? new PageRetry(link, attempts, now, reason, now)
                : new PageRetry(link, attempts, now.plus(wait(settings.retryAfter(), attempts)), reason, null);
        pages.put(link, after);
        changes.put(link, Optional.of(after));
        return after;
    }

    /** The page was fetched (or failed for good in a way retrying cannot help): no longer retried. */
    synchronized void fetched(String link) {
        if (pages.remove(link) != null) {
            changes.put(link, Optional.empty());
        }
    }

    synchronized List<PageRetry> all() {
        return pages.values().stream().toList();
    }

    /** The changes since the last call: pages now retried or given up, and links fetched at last. */
    synchronized Changes takeChanges() {
        List<PageRetry> retried = new ArrayList<>();
        List<String> fetched = new ArrayList<>();
        changes.forEach((link, state) -> state.ifPresentOrElse(retried::add, () -> fetched.add(link)));
        changes.clear();
        return new Changes(retried, fetched);
    }

    /** Twice as long after each attempt: after, 2 x after, 4 x after, ... */
    private static Duration wait(Duration after, int attempts) {
        return after.multipliedBy(1L << Math.min(attempts - 1, 20));
    }

    /** What to save: pages retried or given up, and links fetched at last. */
    record Changes(List<PageRetry> retried, List<String> fetched) {
    }
}
