package org.parley.model;

import java.util.Objects;

/**
 * A person taking part in an event.
 *
 * @param name    the fullest form of the name in the article
 * @param country ISO 3166 alpha-3 code of the side the person acts for, or null when unknown
 * @param title   the title the article gives, or null
 */
public record Participant(String name, String country, String title) {

    public Participant {
        Objects.requireNonNull(name, "name");
    }
}
