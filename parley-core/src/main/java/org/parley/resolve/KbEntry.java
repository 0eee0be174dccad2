package org.parley.resolve;

import java.util.List;
import java.util.Objects;

/**
 * One actor of an analyst's list or dictionary, or of an export.
 *
 * @param kind    "person" or "organisation"
 * @param name    canonical name
 * @param country side, ISO alpha-3, or null
 * @param code    CAMEO actor code ("RUSGOV"), or null
 * @param aliases other names
 * @param roles   titles or codes held between two dates
 */
public record KbEntry(String kind, String name, String country, String code, List<String> aliases, List<Role> roles) {

    /** A title and/or code held from one date to another (ISO; null for an open end). */
    public record Role(String title, String code, String from, String to) {
    }

    public KbEntry {
        Objects.requireNonNull(name, "name");
        kind = kind == null || kind.isBlank() ? "person" : kind;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        roles = List.copyOf(roles == null ? List.of() : roles);
    }
}
