package org.parley.store.read;

import java.util.List;

/**
 * An actor's page, from the knowledge base.
 *
 * @param kind          person or organisation
 * @param country       the side the actor acts for, or null
 * @param aliases       every other spelling of the name seen or imported
 * @param titles        titles over time, each with the sentence that first showed it
 * @param organisations a person's organisations, or an organisation's members, as titles state them
 * @param counterparts  who the actor met, called, visited, most occasions first
 * @param eventCount    the actor's occasions, all of them
 * @param events        the most recent of them; {@code events.next()} pages on through the timeline
 */
public record ActorProfile(long id, String kind, String name, String country, String code, List<String> aliases,
                           List<TitleSpan> titles, List<Membership> organisations, List<Counterpart> counterparts,
                           int eventCount, EventPage events) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        organisations = List.copyOf(organisations);
        counterparts = List.copyOf(counterparts);
    }
}
