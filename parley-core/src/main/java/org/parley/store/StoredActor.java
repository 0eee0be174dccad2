package org.parley.store;

import java.util.List;

/**
 * A person or organisation of the knowledge base.
 *
 * @param kind person or organisation
 * @param code CAMEO actor code, or null
 */
public record StoredActor(long id, String kind, String name, String country, String code, List<String> aliases,
                          List<ActorTitle> titles) {

    public StoredActor {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }
}
