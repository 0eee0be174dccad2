package org.parley.store.read;

import java.util.List;

/** An actor in a list: the name most used, the sides it acted for, and how many events it took part in. */
public record ActorSummary(String id, String name, List<String> countries, int events) {

    public ActorSummary {
        countries = List.copyOf(countries);
    }
}
