package org.parley.server;

import org.parley.store.ActorCuration;

/**
 * Changes the knowledge base on an analyst's word: the server's curation endpoints call it, as
 * {@code parley actors merge/split} call {@link ActorCuration}. Failures are {@link ActorCuration.Refused}.
 */
public interface Curator {

    /** {@code absorb} is the actor {@code keep}; both ids or names. */
    ActorCuration.Outcome merge(String keep, String absorb);

    /** Mentions named {@code name} are never the actor {@code actor} (id or name). */
    ActorCuration.Outcome split(String actor, String name);

    static Curator of(ActorCuration curation) {
        return new Curator() {
            @Override
            public ActorCuration.Outcome merge(String keep, String absorb) {
                return curation.merge(keep, absorb);
            }

            @Override
            public ActorCuration.Outcome split(String actor, String name) {
                return curation.split(actor, name);
            }
        };
    }
}
