package org.parley.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Writes what a reader would extract from an article of ours: events located by their evidence sentence. */
final class ArticleBuilder {

    private final Article article;
    private final List<Event> events = new ArrayList<>();

    ArticleBuilder(String id, String url, String title, LocalDate published, String text) {
        this.article = new Article(id, "test/" + id + ".txt", url, title, text, published);
    }

    /**
     * One event stated by {@code sentence}, which must occur in the text.
     *
     * @param date "2024-03-05", "2024-06" or "2024", or null for an undated event
     */
    ArticleBuilder event(EventType type, EventStatus status, String date, DateSource how, String dateText,
                         String place, String mechanism, String cameo, String sentence, Participant... who) {
        int begin = article.text().indexOf(sentence);
        if (begin < 0) {
            throw new IllegalArgumentException("not in the text of " + article.id() + ": " + sentence);
        }
        EventDate when = date == null ? EventDate.UNKNOWN : new EventDate(FuzzyDate.parse(date), null, how, dateText);
        events.add(new Event(type, status, when, place, List.of(who), mechanism,
                new Evidence(article.id(), sentence, begin, begin + sentence.length()), cameo, 0.8));
        return this;
    }

    /** The extraction, with the persons the reader finds: each participant once, with the titles given. */
    Extraction extraction() {
        Map<String, Person> persons = new LinkedHashMap<>();
        for (Event e : events) {
            for (Participant p : e.participants()) {
                Person seen = persons.get(p.name());
                List<String> titles = new ArrayList<>(seen == null ? List.of() : seen.titles());
                if (p.title() != null && !titles.contains(p.title())) {
                    titles.add(p.title());
                }
                persons.put(p.name(), new Person(p.name(), seen != null && seen.country() != null ? seen.country()
                        : p.country(), titles, List.of()));
            }
        }
        return new Extraction(article, article.published(), article.published() == null ? null : "date header",
                article.text(), events, List.copyOf(persons.values()));
    }

    static Participant p(String name, String country, String title) {
        return new Participant(name, country, title);
    }
}
