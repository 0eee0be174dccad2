package org.parley.cli;

/**
 * What a batch did.
 *
 * @param read     articles read from the inputs
 * @param saved    articles whose results were saved (stored, or written)
 * @param skipped  articles already stored (or read twice in this batch), not processed again
 * @param failed   unreadable inputs and articles that could not be processed or saved
 * @param events   events in the saved results
 */
record BatchSummary(int read, int saved, int skipped, int failed, int events) {
}
