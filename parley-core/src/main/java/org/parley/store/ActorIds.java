package org.parley.store;

/**
 * Actor ids until the knowledge base links names across articles: an actor is a participant name
 * folded to lower case without accents, and its id is that folded name with '_' for spaces, so
 * "Sergey Lavrov" and "Sergey LAVROV" are "sergey_lavrov". Reversible, so no lookup table is needed.
 */
public final class ActorIds {

    private ActorIds() {
    }

    public static String of(String name) {
        return fromFolded(NameFolding.fold(name.strip()));
    }

    /** The id of a name already folded (as stored in {@code name_folded}). */
    public static String fromFolded(String folded) {
        return folded.strip().replaceAll("\\s+", "_");
    }

    /** The folded name an id stands for. */
    public static String folded(String id) {
        return id.replace('_', ' ');
    }
}
