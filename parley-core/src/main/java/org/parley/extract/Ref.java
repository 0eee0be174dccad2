package org.parley.extract;

import java.util.List;

/**
 * A reference to one or more people at tokens [start, end) of a sentence: a name, a pronoun, a
 * bare title ("the Chinese president") or a collective ("the two leaders").
 *
 * @param possessive followed by "'s" or itself a possessive pronoun ("his")
 */
record Ref(int start, int end, List<Integer> persons, Kind kind, boolean possessive) {

    enum Kind { NAME, PRONOUN, TITLE, COLLECTIVE }

    Ref {
        persons = List.copyOf(persons);
    }
}
