package org.parley.ingest.watch;

import java.net.URI;

/**
 * What one poll of one feed came to.
 *
 * @param feed        the feed URL as given
 * @param outcome     updated, unchanged (HTTP 304) or failed
 * @param newArticles articles handed on from this feed in this poll
 * @param reason      for a failure, one line; else null
 */
public record FeedPoll(URI feed, Outcome outcome, int newArticles, String reason) {

    public enum Outcome { UPDATED, NOT_MODIFIED, FAILED }

    static FeedPoll failed(URI feed, String reason) {
        return new FeedPoll(feed, Outcome.FAILED, 0, reason);
    }
}
