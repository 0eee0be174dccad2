package org.parley.resolve;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * One article's report of an occasion, as the occasion matcher compares it.
 *
 * @param eventId   the events row
 * @param articleId the article that reports it
 * @param published the article's date, or null
 * @param actors    the participants' actor ids in the article's order (for a visit the visitor first)
 * @param mechanism the mechanism's id for a session, or null
 * @param ordinal   the session's number ("9th"), or null
 */
record Reading(long eventId, String articleId, LocalDate published, EventType type, EventStatus status,
               EventDate date, String location, List<Long> actors, Long mechanism, Integer ordinal) {

    Reading {
        actors = List.copyOf(actors);
    }
}
