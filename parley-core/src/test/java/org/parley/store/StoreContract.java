package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.parley.resolve.Curation;
import org.parley.resolve.KbEntry;

/**
 * What every {@link Store} does, whatever its database: each backend's test extends this with a fresh,
 * empty database per test. Extractions are built by hand; no model is loaded.
 */
abstract class StoreContract {

    static final Participant BERG = new Participant("Anna Berg", "NOR", null);
    static final Participant LIND = new Participant("Tomas Lind", "FIN", null);
    static final Participant SANCHEZ = new Participant("Lucía Sánchez", "ESP", null);

    /** Opens the test's database (the same one on every call). */
    abstract Store open();

    /** Runs one SQL statement on the test's database, outside any store. */
    abstract void execute(String sql) throws Exception;

    @Test
    void savedEventsComeBackWithParticipantsDateAndSource() {
        Extraction extraction = Fixtures.osloMeeting();
        try (Store store = open()) {
            assertTrue(store.save(extraction));
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(2, events.size());
            StoredEvent meeting = events.get(0);
            assertEquals(EventType.MEETING, meeting.type());
            assertEquals(FuzzyDate.day(LocalDate.of(2024, 3, 5)), meeting.date().start());
            assertEquals(DateSource.RELATIVE, meeting.date().source());
            assertEquals(List.of(new Participant("Anna Berg", "NOR", "Foreign Minister"),
                    new Participant("Tomas Lind", "FIN", null)), meeting.participants());
            EventSource source = meeting.sources().get(0);
            assertEquals(new EventSource(extraction.article().contentHash(), "oslo-meeting", "in/oslo-meeting.txt",
                    "https://example.org/oslo", LocalDate.of(2024, 3, 5), extraction.events().get(0).evidence().sentence(),
                    0, extraction.events().get(0).evidence().end(), source.eventId(), EventStatus.OCCURRED,
                    extraction.events().get(0).date()), source);
            assertEquals(0.9, meeting.confidence());
            assertEquals("057", events.get(1).cameo());
        }
    }

    @Test
    void savingTheSameTextAgainReturnsFalseAndAddsNothing() {
        Extraction extraction = Fixtures.osloMeeting();
        try (Store store = open()) {
            assertFalse(store.contains(extraction.article().contentHash()));
            assertTrue(store.save(extraction));
        }
        try (Store store = open()) {
            assertTrue(store.contains(extraction.article().contentHash()));
            assertFalse(store.save(extraction));
            assertFalse(store.save(new Extraction(extraction.article(), null, null, "", List.of(), List.of())));
            assertEquals(2, store.events(EventQuery.ALL).size());
            assertEquals(1, store.events(EventQuery.ALL).get(0).sources().size());
        }
    }

    @Test
    void filtersSelectByActorCountryTypeStatusAndDates() {
        try (Store store = open()) {
            store.save(Fixtures.single("a", EventType.MEETING, EventStatus.OCCURRED, FuzzyDate.parse("2024-03-05"), BERG, LIND));
            store.save(Fixtures.single("b", EventType.CALL, EventStatus.OCCURRED, FuzzyDate.parse("2024-01-20"), BERG, SANCHEZ));
            store.save(Fixtures.single("c", EventType.VISIT, EventStatus.PLANNED, FuzzyDate.parse("2024-06"), SANCHEZ, LIND));
            store.save(Fixtures.single("d", EventType.MEETING, EventStatus.PLANNED, null, LIND, SANCHEZ));

            assertEquals(List.of("b", "a", "c", "d"), ids(store.events(EventQuery.ALL)));
            assertEquals(List.of("b", "a"), ids(store.events(EventQuery.ALL.withActor("BERG"))));
            assertEquals(List.of("b", "c", "d"), ids(store.events(EventQuery.ALL.withActor("ÍA SÁN"))));
            assertEquals(List.of(), ids(store.events(EventQuery.ALL.withActor("%"))));
            assertEquals(List.of("a", "c", "d"), ids(store.events(EventQuery.ALL.withCountry("fin"))));
            assertEquals(List.of("a", "d"), ids(store.events(EventQuery.ALL.withType(EventType.MEETING))));
            assertEquals(List.of("c", "d"), ids(store.events(EventQuery.ALL.withStatus(EventStatus.PLANNED))));
            assertEquals(List.of("a", "c"), ids(store.events(EventQuery.ALL.between(LocalDate.of(2024, 3, 1), null))));
            assertEquals(List.of("b", "a"), ids(store.events(EventQuery.ALL.between(null, LocalDate.of(2024, 3, 5)))));
        }
    }

    @Test
    void twoArticlesReportingOneMeetingAreOneEventWithBothSources() {
        try (Store store = open()) {
            store.save(Fixtures.single("first", EventType.MEETING, EventStatus.OCCURRED, FuzzyDate.parse("2024-03-05"), BERG, LIND));
            store.save(Fixtures.single("second", EventType.MEETING, EventStatus.OCCURRED, FuzzyDate.parse("2024-03-05"), LIND, BERG));
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(1, events.size());
            assertEquals(List.of("first", "second"), events.get(0).sources().stream().map(EventSource::sourceId).toList());
            assertEquals(2, events.get(0).actorIds().size());
        }
    }

    @Test
    void actorsAndAnActorsProfileComeFromTheKnowledgeBase() {
        try (Store store = open()) {
            store.save(Fixtures.osloMeeting());
            store.save(Fixtures.single("call", EventType.CALL, EventStatus.OCCURRED, FuzzyDate.parse("2024-04-02"), BERG, SANCHEZ));
            assertEquals(List.of("Anna Berg", "Lucía Sánchez", "Tomas Lind"), personNames(store.actors(ActorQuery.ALL)));
            assertEquals(List.of("Tomas Lind"), personNames(store.actors(new ActorQuery("FIN", null, null, null))));
            assertEquals(List.of("Anna Berg"), personNames(store.actors(new ActorQuery(null, null, "foreign", null))));
            ActorProfile berg = store.actor("Berg").orElseThrow();
            assertEquals("Anna Berg", berg.actor().name());
            assertEquals(List.of("Lucía Sánchez", "Tomas Lind"),
                    berg.counterparts().stream().map(ActorProfile.Counterpart::name).sorted().toList());
            assertEquals(3, berg.events().size());
            assertTrue(store.actor("Nobody Atall").isEmpty());
        }
    }

    @Test
    void anUndatedArticleNamingTitlesWithoutSidesIsResolved() {
        String text = "The Foreign Minister Eva Moen met Chairman Pavel Orlov of the State Duma.";
        Article article = Article.ofText("undated", "in/undated.txt", text);
        Event meeting = new Event(EventType.MEETING, EventStatus.OCCURRED, EventDate.UNKNOWN, null,
                List.of(new Participant("Eva Moen", null, "Foreign Minister"), new Participant("Pavel Orlov", null, null)),
                null, new Evidence("undated", text, 0, text.length()), "042", 0.5);
        Extraction extraction = new Extraction(article, null, null, text, List.of(meeting), List.of(
                new Person("Eva Moen", null, List.of("Foreign Minister"), List.of("Moen")),
                new Person("Pavel Orlov", null, List.of("Chairman of the State Duma"), List.of())));
        try (Store store = open()) {
            assertTrue(store.save(extraction));
            assertEquals(List.of("Eva Moen", "Pavel Orlov"), personNames(store.actors(ActorQuery.ALL)));
            assertEquals(1, store.events(EventQuery.ALL).size());
            assertTrue(store.actors(ActorQuery.ALL).stream().anyMatch(a -> a.kind().equals("organisation")));
        }
    }

    @Test
    void aMergeDecisionMakesTwoNamesOneActorAndSurvivesARebuild() {
        try (Store store = open()) {
            store.save(Fixtures.single("a", EventType.CALL, EventStatus.OCCURRED, FuzzyDate.parse("2024-03-05"),
                    BERG, new Participant("Tom Lindqvist", "FIN", null)));
            store.save(Fixtures.single("b", EventType.MEETING, EventStatus.OCCURRED, FuzzyDate.parse("2024-03-09"), BERG, LIND));
            assertEquals(3, personNames(store.actors(ActorQuery.ALL)).size());
            store.decide(new Curation.Decision(Curation.MERGE, "Tomas Lind", "Tom Lindqvist", "FIN"));
            assertEquals(List.of("Anna Berg", "Tomas Lind"), personNames(store.actors(ActorQuery.ALL)));
            store.rebuildKnowledgeBase();
            assertEquals(List.of("Anna Berg", "Tomas Lind"), personNames(store.actors(ActorQuery.ALL)));
            assertEquals(2, store.events(EventQuery.ALL).size());
        }
    }

    @Test
    void importedActorsAreKeptAndExported() {
        KbEntry entry = new KbEntry("person", "Kari Holm", "NOR", null, List.of("K. Holm"),
                List.of(new KbEntry.Role("Prime Minister", null, "2021-10-14", null)));
        try (Store store = open()) {
            assertEquals(1, store.importActors(List.of(entry)));
            KbEntry exported = store.exportActors().stream().filter(e -> e.name().equals("Kari Holm")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("K. Holm"), exported.aliases());
            assertEquals("Prime Minister", exported.roles().get(0).title());
            store.rebuildKnowledgeBase();
            assertEquals(List.of("Kari Holm"), personNames(store.actors(ActorQuery.ALL)));
        }
    }

    @Test
    void reopeningKeepsEverythingAndADatabaseFromANewerParleyIsRefused() throws Exception {
        try (Store store = open()) {
            store.save(Fixtures.osloMeeting());
        }
        try (Store store = open()) {
            assertEquals(2, store.events(EventQuery.ALL).size());
        }
        execute("INSERT INTO schema_version (version, applied_at) VALUES (999, 'later')");
        StoreException e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    static List<String> ids(List<StoredEvent> events) {
        return events.stream().map(e -> e.sources().get(0).sourceId()).toList();
    }

    static List<String> personNames(List<StoredActor> actors) {
        return actors.stream().filter(a -> a.kind().equals("person")).map(StoredActor::name).sorted().toList();
    }
}
