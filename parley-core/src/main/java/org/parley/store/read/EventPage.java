package org.parley.store.read;

import java.util.List;

/** One page of the timeline, newest first; {@code next} is the cursor of the following page, or null. */
public record EventPage(List<EventSummary> events, String next) {

    public EventPage {
        events = List.copyOf(events);
    }
}
