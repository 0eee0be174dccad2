package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import org.parley.resolve.Curation;

/**
 * An analyst's merge and split of knowledge-base actors, given by id or name: recorded as decisions (by name,
 * so they survive rebuilds and hold for later articles) and applied at once by rebuilding the knowledge
 * base. What {@code parley actors merge/split} and the desk's curation endpoints both do.
 */
public final class ActorCuration {

    /** What was decided, in words the analyst gave, for the answer. */
    public record Outcome(String action, String kept, String other, int decisions) {
    }

    /** The analyst named an actor the knowledge base does not know, or asked for something meaningless. */
    public static final class Refused extends RuntimeException {
        private final boolean unknownActor;

        Refused(String message, boolean unknownActor) {
            super(message);
            this.unknownActor = unknownActor;
        }

        /** Whether the refusal is that no such actor exists (rather than a request that makes no sense). */
        public boolean unknownActor() {
            return unknownActor;
        }
    }

    private final Store store;

    public ActorCuration(Store store) {
        this.store = store;
    }

    /** Records that {@code absorb} is the actor {@code keep} (whose name is kept), under every name it has. */
    public Outcome merge(String keep, String absorb) {
        StoredActor a = find(keep);
        StoredActor b = find(absorb);
        if (a.id() == b.id()) {
            throw new Refused("'" + keep + "' and '" + absorb + "' are already one actor (" + a.id() + ")", false);
        }
        List<String> names = new ArrayList<>(b.aliases());
        names.add(0, b.name());
        for (String name : names) {
            store.decide(new Curation.Decision(Curation.MERGE, a.name(), name, b.country()));
        }
        return new Outcome(Curation.MERGE, a.name(), b.name(), names.size());
    }

    /** Records that mentions named {@code name} are never the actor {@code actor}: they become an actor of their own. */
    public Outcome split(String actor, String name) {
        if (name == null || name.isBlank()) {
            throw new Refused("the name to split off is empty", false);
        }
        StoredActor a = find(actor);
        store.decide(new Curation.Decision(Curation.SPLIT, a.name(), name.strip(), a.country()));
        return new Outcome(Curation.SPLIT, a.name(), name.strip(), 1);
    }

    private StoredActor find(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new Refused("an actor id or name is required", false);
        }
        return store.actor(idOrName.strip()).orElseThrow(() -> new Refused("no actor '" + idOrName + "'", true))
                .actor();
    }
}
