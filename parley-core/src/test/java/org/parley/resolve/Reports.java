package org.parley.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;
import org.parley.model.Person;

/** Hand-built extractions of invented articles about invented officials, as the extractor would give them. */
final class Reports {

    private final String id;
    private final LocalDate published;
    private final List<Person> persons = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private Reports(String id, String published) {
        this.id = id;
        this.published = published == null ? null : LocalDate.parse(published);
        text.append("Report ").append(id).append(".\n"); // each invented article has its own text
    }

    static Reports article(String id, String published) {
        return new Reports(id, published);
    }

    Reports person(String name, String country, String... titles) {
        persons.add(new Person(name, country, List.of(titles), List.of()));
        for (String t : titles) {
            text.append(t).append(' ').append(name).append(" spoke.\n");
        }
        return this;
    }

    /** An event; participants as "Name/ISO3". date is ISO at any precision, or null. */
    Reports event(EventType type, EventStatus status, String date, String location, String mechanism,
                  String... participants) {
        List<Participant> people = new ArrayList<>();
        for (String p : participants) {
            String[] parts = p.split("/");
            people.add(new Participant(parts[0], parts.length > 1 ? parts[1] : null, null));
        }
        String sentence = type.label() + " " + String.join(" and ", participants) + " (" + id + " #" + events.size() + ").";
        int begin = text.length();
        text.append(sentence).append('\n');
        EventDate when = date == null ? EventDate.UNKNOWN
                : new EventDate(FuzzyDate.parse(date), null, DateSource.EXPLICIT, date);
        events.add(new Event(type, status, when, location, people, mechanism,
                new Evidence(id, sentence, begin, begin + sentence.length()), "040", 0.8));
        return this;
    }

    Extraction build() {
        Article article = new Article(id, "in/" + id + ".txt", "https://example.org/" + id, null, text.toString(),
                published);
        return new Extraction(article, published, published == null ? null : "test", text.toString(), events, persons);
    }
}
