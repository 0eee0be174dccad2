package org.parley.store;

import java.time.LocalDate;
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

/** Hand-written articles about invented officials of real countries, and what a reader would extract. */
final class Fixtures {

    private Fixtures() {
    }

    static final String MEETING_TEXT = "OSLO, March 5 -- Foreign Minister Anna Berg met Finnish counterpart "
            + "Tomas Lind in Oslo on Tuesday.\nThey signed a fisheries memorandum.";

    /** A Norway-Finland meeting and agreement, with both persons. */
    static Extraction osloMeeting() {
        Article article = new Article("oslo-meeting", "in/oslo-meeting.txt", "https://example.org/oslo",
                "Berg meets Lind", MEETING_TEXT, null);
        String first = "OSLO, March 5 -- Foreign Minister Anna Berg met Finnish counterpart Tomas Lind in Oslo on Tuesday.";
        String second = "They signed a fisheries memorandum.";
        int secondBegin = MEETING_TEXT.indexOf(second);
        Event meeting = new Event(EventType.MEETING, EventStatus.OCCURRED,
                new EventDate(FuzzyDate.day(LocalDate.of(2024, 3, 5)), null, DateSource.RELATIVE, "on Tuesday"),
                "Oslo", List.of(new Participant("Anna Berg", "NOR", "Foreign Minister"),
                        new Participant("Tomas Lind", "FIN", null)),
                null, new Evidence("oslo-meeting", first, 0, first.length()), "042", 0.9);
        Event agreement = new Event(EventType.AGREEMENT, EventStatus.OCCURRED,
                new EventDate(FuzzyDate.day(LocalDate.of(2024, 3, 5)), null, DateSource.ARTICLE_DATE, null),
                "Oslo", List.of(new Participant("Anna Berg", "NOR", null), new Participant("Tomas Lind", "FIN", null)),
                null, new Evidence("oslo-meeting", second, secondBegin, secondBegin + second.length()), "057", 0.7);
        List<Person> persons = List.of(
                new Person("Anna Berg", "NOR", List.of("Foreign Minister"), List.of("Berg")),
                new Person("Tomas Lind", "FIN", List.of("Finnish counterpart"), List.of("Lind", "Mr. Lind")));
        return new Extraction(article, LocalDate.of(2024, 3, 5), "dateline", MEETING_TEXT,
                List.of(meeting, agreement), persons);
    }

    /** One event of one type, a date at the given precision (or null), two named sides. */
    static Extraction single(String id, EventType type, EventStatus status, FuzzyDate date,
                             Participant first, Participant second) {
        String sentence = first.name() + " and " + second.name() + " held an exchange (" + id + ").";
        Article article = Article.ofText(id, "in/" + id + ".txt", sentence);
        EventDate when = date == null ? EventDate.UNKNOWN : new EventDate(date, null, DateSource.EXPLICIT, date.iso());
        Event event = new Event(type, status, when, null, List.of(first, second), null,
                new Evidence(id, sentence, 0, sentence.length()), null, 0.5);
        return new Extraction(article, null, null, sentence, List.of(event), List.of());
    }

    /** An exchange between countries with nobody named: its sides are in the sentence alone. */
    static Extraction sidesOnly(String id, FuzzyDate date, String sentence, String mechanism) {
        Article article = Article.ofText(id, "in/" + id + ".txt", sentence);
        EventDate when = date == null ? EventDate.UNKNOWN : new EventDate(date, null, DateSource.EXPLICIT, date.iso());
        Event event = new Event(mechanism == null ? EventType.AGREEMENT : EventType.SESSION, EventStatus.OCCURRED, when,
                null, List.of(), mechanism, new Evidence(id, sentence, 0, sentence.length()), null, 0.5);
        return new Extraction(article, null, null, sentence, List.of(event), List.of());
    }
}
