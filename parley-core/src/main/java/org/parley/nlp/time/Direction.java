package org.parley.nlp.time;

/**
 * Which way a date that names no year or week is read. News mostly reports what happened ({@link #PAST});
 * announcements ("will meet on Thursday") read forward ({@link #FUTURE}). The caller knows the tense,
 * the tagger does not, so the caller chooses.
 */
public enum Direction {
    /** The most recent such day, month or date on or before the anchor. */
    PAST,
    /** The next such day, month or date on or after the anchor. */
    FUTURE
}
