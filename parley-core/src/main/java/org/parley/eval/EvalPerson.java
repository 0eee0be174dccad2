package org.parley.eval;

/**
 * A person as written in a gold or prediction file: an event participant or an entry of
 * {@code persons}. Either field may be null, as score.py reads them with {@code .get()}.
 */
public record EvalPerson(String name, String country) {
}
