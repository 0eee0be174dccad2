package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed item's page that could not be fetched, as 'parley watch' keeps it between polls and runs.
 *
 * @param link        the page's URL, as the feed gave it
 * @param attempts    fetches tried so far
 * @param nextAttempt not fetched again before this
 * @param reason      the last failure, one line
 * @param failedAt    when it was given up (attempts used up), or null while it is retried
 */
public record PageRetry(String link, int attempts, Instant nextAttempt, String reason, Instant failedAt) {

    public PageRetry {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean gaveUp() {
        return failedAt != null;
    }
}
