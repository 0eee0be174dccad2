package org.parley.ingest.watch;

/** A request that did not yield a response body: the reason is one line, fit for a log. */
final class FetchException extends Exception {

    FetchException(String reason) {
        super(reason);
    }
}
