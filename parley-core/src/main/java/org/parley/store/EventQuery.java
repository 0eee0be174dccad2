package org.parley.store;

import java.time.LocalDate;
import java.util.Locale;
import org.parley.model.Channel;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * Filters of the timeline; a null field does not filter.
 *
 * @param actor   case- and accent-insensitive substring of any participant's name
 * @param country ISO 3166 alpha-3 code of one of its sides (named participant or not)
 * @param type    the event type
 * @param status  occurred or planned
 * @param from    earliest start date, inclusive (events without a date are left out)
 * @param to      latest start date, inclusive (events without a date are left out)
 * @param channel the channel the occasion runs through
 */
public record EventQuery(String actor, String country, EventType type, EventStatus status,
                         LocalDate from, LocalDate to, Channel channel) {

    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null);

    public EventQuery(String actor, String country, EventType type, EventStatus status, LocalDate from, LocalDate to) {
        this(actor, country, type, status, from, to, null);
    }

    public EventQuery {
        actor = actor == null || actor.isBlank() ? null : actor.trim();
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    public EventQuery withActor(String actor) {
        return new EventQuery(actor, country, type, status, from, to, channel);
    }

    public EventQuery withCountry(String country) {
        return new EventQuery(actor, country, type, status, from, to, channel);
    }

    public EventQuery withType(EventType type) {
        return new EventQuery(actor, country, type, status, from, to, channel);
    }

    public EventQuery withStatus(EventStatus status) {
        return new EventQuery(actor, country, type, status, from, to, channel);
    }

    public EventQuery withChannel(Channel channel) {
        return new EventQuery(actor, country, type, status, from, to, channel);
    }

    public EventQuery between(LocalDate from, LocalDate to) {
        return new EventQuery(actor, country, type, status, from, to, channel);
    }
}
