package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.clean.CleanText;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.nlp.Sentence;

/** The events of the article from its occasions, their places and the people's final sides; a session
 *  reported with nobody named takes the people of its talks ({@link UnnamedSessions}); spouses and bare
 *  names are no participants. */
final class AssembleEvents implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.OCCASIONS, Layer.PLACES, Layer.SIDES, Layer.HOST_SIDES, Layer.COUNTERPART_SIDES, Layer.HOME_SIDES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.peopleWithAllSides();
        List<Draft> occasions = doc.placedOccasions();
        UnnamedSessions.borrowParticipants(occasions, people, doc.sentences());
        occasions.removeIf(d -> dropNonParticipants(d, people));
        List<Event> events = new ArrayList<>();
        for (Draft d : occasions) {
            events.add(toEvent(d, doc.clean(), doc.parsed().sentences().get(d.sentence), people));
        }
        return doc.with(Layer.EVENTS, List.copyOf(events));
    }

    /** Removes spouses and bare names; true when nobody is left of a draft that had people. */
    private static boolean dropNonParticipants(Draft d, ArticlePeople people) {
        boolean hadPeople = !d.participants.isEmpty();
        boolean removed = d.participants.removeIf(id -> people.person(id).notAParticipant());
        boolean exchange = d.type == EventType.MEETING || d.type == EventType.CALL;
        return hadPeople && d.participants.isEmpty() || removed && exchange && d.participants.size() < 2;
    }

    /**
     * "On Monday" in an article known to be of March 2023 only ("/2023/03/") is a day of March: a date
     * resolved from the publication date keeps no more precision than it has (GOLD.md).
     */
    private static EventDate knownTo(EventDate date, DatePrecision published) {
        boolean fromPublication = date.source() == DateSource.RELATIVE || date.source() == DateSource.ARTICLE_DATE;
        if (!fromPublication || published == null || published == DatePrecision.DAY || date.start() == null) {
            return date;
        }
        FuzzyDate start = date.start().coarsen(published);
        FuzzyDate end = date.end() == null ? null : date.end().coarsen(published);
        return new EventDate(start, start.equals(end) ? null : end, date.source(), date.text());
    }

    private static Event toEvent(Draft d, CleanText clean, Sentence s, ArticlePeople people) {
        List<Participant> participants = new ArrayList<>();
        Set<String> sides = new HashSet<>();
        for (Integer id : d.participants) {
            PersonCluster c = people.person(id);
            String title = c.titles.isEmpty() ? null : c.titles.iterator().next();
            participants.add(new Participant(c.canonical, c.side(), title));
            if (c.side() != null) {
                sides.add(c.side());
            }
        }
        String placeCountry = d.location == null ? null : Gazetteer.get().countryOfPlace(d.location);
        boolean thirdPlace = placeCountry != null && !sides.isEmpty() && !sides.contains(placeCountry);
        Evidence evidence = new Evidence(clean.article().id(), s.text(), clean.offsets().toOriginal(s.begin()),
                clean.offsets().toOriginalEnd(s.end()));
        return new Event(d.type, d.status, knownTo(d.date, clean.publishedPrecision()), d.location, participants, d.mechanism, evidence,
                Cameo.code(d.type, d.status, thirdPlace), Math.round(d.confidence * 100) / 100.0, d.rules);
    }
}
