package org.parley.ingest.watch;

/** A request that did not yield a response body: the reason is one line, fit for a log. */
final class FetchException extends Exception {

    private final boolean lasting;

    /** A failure that may pass (a timeout, a body over the cap, a redirect loop): the page is tried again later. */
    FetchException(String reason) {
        this(reason, false);
    }

    /** @param lasting true when trying again cannot help (a refused address, a scheme other than http) */
    FetchException(String reason, boolean lasting) {
        super(reason);
        this.lasting = lasting;
    }

    boolean lasting() {
        return lasting;
    }
}
