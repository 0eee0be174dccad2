package org.parley.store.read;

import java.util.List;

/**
 * An actor's page.
 *
 * @param names        every form of the name, most used first
 * @param titles       the titles the sources give, with the dates of the first and last event under each
 * @param counterparts who the actor met, called, visited, most events first
 * @param events       the actor's most recent events (all of them through the timeline's actor filter)
 */
public record ActorProfile(String id, String name, List<String> names, List<String> countries,
                           List<TitleSpan> titles, List<Counterpart> counterparts, int eventCount,
                           List<EventSummary> events) {

    public ActorProfile {
        names = List.copyOf(names);
        countries = List.copyOf(countries);
        titles = List.copyOf(titles);
        counterparts = List.copyOf(counterparts);
        events = List.copyOf(events);
    }
}
