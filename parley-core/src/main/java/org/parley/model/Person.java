package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A named official as one article presents them.
 *
 * @param name    fullest form of the name in the article
 * @param country side (ISO alpha-3) or null
 * @param titles  every title the article gives them, as written
 * @param aliases other forms of the name used in the article ("Zhao", "Mr. Lavrov")
 */
public record Person(String name, String country, List<String> titles, List<String> aliases) {

    public Person {
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
    }
}
