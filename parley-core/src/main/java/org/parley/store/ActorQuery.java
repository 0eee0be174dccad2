package org.parley.store;

import java.time.LocalDate;

/**
 * Filters of the actor list; a null field does not filter.
 *
 * @param country side, ISO alpha-3
 * @param text    part of any of the actor's names (any case, accents)
 * @param title   part of a title the actor was seen with
 * @param on      a date the title (or any title, without {@code title}) was held, as the articles say
 */
public record ActorQuery(String country, String text, String title, LocalDate on) {

    public static final ActorQuery ALL = new ActorQuery(null, null, null, null);
}
