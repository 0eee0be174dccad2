package org.parley.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One person's term in one office.
 *
 * @param country ISO 3166 alpha-3 code of the country the office belongs to
 * @param body    the chamber of a speaker or the party of a party leader; empty otherwise
 * @param name    the fullest usual English form of the name
 * @param aliases other spellings and transliterations of the whole name (never a surname alone)
 * @param note    "acting", "caretaker", why the term ended, or what is unsure about it; empty if nothing
 */
public record OfficeHolder(String country, Office office, String body, String name, List<String> aliases, Term term,
        String note) {

    public OfficeHolder {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(term, "term");
        body = body == null ? "" : body;
        note = note == null ? "" : note;
        aliases = List.copyOf(aliases);
    }

    /** The office in words, as a knowledge-base title: "foreign minister", "speaker of the State Duma". */
    public String title() {
        return switch (office) {
            case SPEAKER -> "speaker of the " + body;
            case PARTY_LEADER -> "leader of the " + body;
            case POLITBURO_STANDING_COMMITTEE -> "member of the Politburo Standing Committee";
            default -> office.code().replace('_', ' ').replace("vice president", "vice-president");
        };
    }

    /** The name first, then the aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
