package org.parley.store;

import java.util.List;

/**
 * Everything known of one actor: the actor, its organisations (or members), the actors it met with
 * how many occasions, and its occasions.
 */
public record ActorProfile(StoredActor actor, List<Membership> memberships, List<Counterpart> counterparts,
                           List<StoredEvent> events) {

    /** A person's role in an organisation, seen from first to last date. */
    public record Membership(long actorId, String name, String role, String firstSeen, String lastSeen) {
    }

    /** Another actor taking part in the same occasions, with how many. */
    public record Counterpart(long actorId, String name, String country, int occasions) {
    }

    public ActorProfile {
        memberships = List.copyOf(memberships);
        counterparts = List.copyOf(counterparts);
        events = List.copyOf(events);
    }
}
