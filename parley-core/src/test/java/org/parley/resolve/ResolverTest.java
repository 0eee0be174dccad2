package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.model.EventStatus.OCCURRED;
import static org.parley.model.EventStatus.PLANNED;
import static org.parley.model.EventType.MEETING;
import static org.parley.model.EventType.SESSION;
import static org.parley.model.EventType.VISIT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ActorQuery;
import org.parley.store.EventQuery;
import org.parley.store.EventSource;
import org.parley.store.SqliteStore;
import org.parley.store.StoredActor;
import org.parley.store.StoredEvent;

/** Cross-article resolution on invented articles about invented officials of real countries. */
class ResolverTest {

    @TempDir
    Path tmp;

    private SqliteStore open() {
        return SqliteStore.open(tmp.resolve("kb.db"));
    }

    private static List<String> names(List<StoredActor> actors) {
        return actors.stream().filter(a -> a.kind().equals("person")).map(StoredActor::name).sorted().toList();
    }

    @Test
    void twoPeopleSharingASurnameInOneArticleStayTwoActors() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2024-03-05").person("Wang Tao", "CHN", "Foreign Minister")
                    .person("Wang Lin", "CHN", "Commerce Minister").person("Anna Berg", "NOR")
                    .event(MEETING, OCCURRED, "2024-03-04", "Oslo", null, "Anna Berg/NOR", "Wang Tao/CHN", "Wang Lin/CHN")
                    .build());
            assertEquals(List.of("Wang Lin", "Wang Tao"), names(store.actors(new ActorQuery("CHN", null, null, null))));
            StoredEvent meeting = store.events(EventQuery.ALL).get(0);
            assertEquals(3, meeting.actorIds().stream().distinct().count());
        }
    }

    @Test
    void aSurnameAloneJoinsTheOnlyActiveNamesakeAndStaysApartWhenThereAreTwo() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2024-01-10").person("Wang Tao", "CHN", "Foreign Minister").build());
            store.save(Reports.article("a2", "2024-02-10").person("Wang", "CHN", "Foreign Minister").build());
            assertEquals(List.of("Wang Tao"), names(store.actors(ActorQuery.ALL)));
            store.save(Reports.article("a3", "2024-03-10").person("Wang Lin", "CHN", "Commerce Minister").build());
            store.save(Reports.article("a4", "2024-04-10").person("Wang", "CHN").build());
            assertEquals(List.of("Wang", "Wang Lin", "Wang Tao"), names(store.actors(ActorQuery.ALL)));
            // a surname of another side is another person
            store.save(Reports.article("a5", "2024-04-11").person("Wang", "SGP").build());
            assertEquals(2, store.actors(new ActorQuery(null, "Wang", null, null)).stream()
                    .filter(a -> a.name().equals("Wang")).count());
        }
    }

    @Test
    void transliterationVariantsAreOneActorButCloseChineseNamesAreNot() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2023-07-10").person("Sergei Lavrenko", "RUS")
                    .person("Valentina Matvienko", "RUS").person("Li Qiang", "CHN").build());
            store.save(Reports.article("a2", "2023-07-11").person("Sergey Lavrenko", "RUS")
                    .person("Valentina Matviyenko", "RUS").person("Li Keqiang", "CHN").build());
            assertEquals(List.of("Li Keqiang", "Li Qiang", "Sergei Lavrenko", "Valentina Matvienko"),
                    names(store.actors(ActorQuery.ALL)));
            StoredActor sergei = store.actor("Sergey Lavrenko").orElseThrow().actor();
            assertEquals(List.of("Sergey Lavrenko"), sergei.aliases());
        }
    }

    @Test
    void aTitleThatChangesHandsIsAnsweredByDate() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2019-05-01").person("Qin Long", "CHN", "Chinese Foreign Minister").build());
            store.save(Reports.article("a2", "2019-09-01").person("Qin Long", "CHN", "Chinese Foreign Minister").build());
            store.save(Reports.article("a3", "2024-02-01").person("Hu Ping", "CHN", "Chinese Foreign Minister").build());
            assertEquals(List.of("Qin Long"), names(store.actors(new ActorQuery("CHN", null, "foreign minister",
                    LocalDate.of(2019, 6, 1)))));
            assertEquals(List.of("Hu Ping"), names(store.actors(new ActorQuery("CHN", null, "foreign minister",
                    LocalDate.of(2024, 2, 1)))));
            StoredActor qin = store.actor("Qin Long").orElseThrow().actor();
            assertEquals("2019-05-01", qin.titles().get(0).firstSeen());
            assertEquals("2019-09-01", qin.titles().get(0).lastSeen());
            assertTrue(qin.titles().get(0).evidence().contains("Chinese Foreign Minister Qin Long"));
        }
    }

    @Test
    void reportsOfOneMeetingInTwoArticlesAreOneEventWithBothSourcesAndReingestAddsNone() {
        var first = Reports.article("a1", "2024-05-11").person("Anna Berg", "NOR").person("Tomas Lind", "FIN")
                .event(MEETING, OCCURRED, "2024-05-10", "Oslo", null, "Anna Berg/NOR", "Tomas Lind/FIN").build();
        try (SqliteStore store = open()) {
            store.save(first);
            store.save(Reports.article("a2", "2024-05-12").person("Berg", "NOR").person("Tomas Lind", "FIN")
                    .event(MEETING, OCCURRED, "2024-05", null, null, "Berg/NOR", "Tomas Lind/FIN").build());
            assertFalse(store.save(first));
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(1, events.size());
            assertEquals(List.of("a1", "a2"), events.get(0).sources().stream().map(EventSource::sourceId).toList());
            assertEquals("2024-05-10", events.get(0).date().start().iso());
            assertEquals(2, events.get(0).actorIds().size());
        }
    }

    @Test
    void twoMeetingsOfOnePairOnDifferentDaysStayTwoEvents() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2024-05-21")
                    .event(MEETING, OCCURRED, "2024-05-10", "Oslo", null, "Anna Berg/NOR", "Tomas Lind/FIN")
                    .event(MEETING, OCCURRED, "2024-05-20", "Helsinki", null, "Anna Berg/NOR", "Tomas Lind/FIN").build());
            store.save(Reports.article("a2", "2024-05-22")
                    .event(MEETING, OCCURRED, "2024-05-20", "Helsinki", null, "Anna Berg/NOR", "Tomas Lind/FIN").build());
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(2, events.size());
            assertEquals(1, events.get(0).sources().size());
            assertEquals(2, events.get(1).sources().size());
        }
    }

    @Test
    void aPlannedVisitThenReportedIsOneEventMarkedFulfilledKeepingThePlan() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("plan", "2024-06-01")
                    .event(VISIT, PLANNED, "2024-06-10", "Helsinki", null, "Anna Berg/NOR").build());
            store.save(Reports.article("held", "2024-06-11")
                    .event(VISIT, OCCURRED, "2024-06-10", "Helsinki", null, "Anna Berg/NOR", "Tomas Lind/FIN").build());
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(1, events.size());
            StoredEvent visit = events.get(0);
            assertEquals(OCCURRED, visit.status());
            assertTrue(visit.planFulfilled());
            assertEquals(List.of(PLANNED, OCCURRED), visit.sources().stream().map(EventSource::status).toList());
        }
    }

    @Test
    void twoOutletsGivingDifferentDatesAreOneEventShowingBothDates() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("outlet-a", "2024-05-12")
                    .event(MEETING, OCCURRED, "2024-05-10", "Oslo", null, "Anna Berg/NOR", "Tomas Lind/FIN").build());
            store.save(Reports.article("outlet-b", "2024-05-12")
                    .event(MEETING, OCCURRED, "2024-05-11", "Oslo", null, "Anna Berg/NOR", "Tomas Lind/FIN").build());
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(1, events.size());
            assertTrue(events.get(0).dateConflict());
            assertEquals(List.of("2024-05-10", "2024-05-11"),
                    events.get(0).sources().stream().map(s -> s.date().start().iso()).toList());
        }
    }

    @Test
    void numberedSessionsOfOneMechanismAreItsSessionsAndASecondReportJoinsItsSession() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("s8", "2023-07-11").event(SESSION, OCCURRED, "2023-07-10", "Beijing",
                    "8th meeting of the China-Russia Committee for Parliamentary Cooperation", "Zhao Ming/CHN").build());
            store.save(Reports.article("s8b", "2023-07-12").event(SESSION, OCCURRED, "2023-07-10", "Beijing",
                    "eighth meeting of the China-Russia committee for parliamentary cooperation Monday").build());
            store.save(Reports.article("s9", "2024-07-11").event(SESSION, OCCURRED, "2024-07-10", "Moscow",
                    "9th meeting of the China-Russia Committee for Parliamentary Cooperation", "Zhao Ming/CHN").build());
            List<StoredEvent> events = store.events(EventQuery.ALL.withType(SESSION));
            assertEquals(2, events.size());
            assertEquals(2, events.get(0).sources().size());
            assertEquals(List.of(List.of("8", "2023-07-10", "Beijing"), List.of("9", "2024-07-10", "Moscow")),
                    KbRows.rows(tmp.resolve("kb.db"), "SELECT s.ordinal, o.date_start, o.location FROM mechanism_sessions s"
                            + " JOIN occasions o ON o.id = s.occasion_id ORDER BY s.ordinal"));
            assertEquals(List.of(List.of("1")), KbRows.rows(tmp.resolve("kb.db"), "SELECT COUNT(*) FROM mechanisms"));
        }
    }

    @Test
    void organisationsNamedDifferentlyInTitlesAreOneWithTheirLeaders() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("o1", "2024-01-01")
                    .person("Pavel Orlov", "RUS", "leader of the A Just Russia — For Truth party")
                    .person("Zhao Ming", "CHN", "Chairman of the NPC Standing Committee").build());
            store.save(Reports.article("o2", "2024-02-01")
                    .person("Ivan Sokolov", "RUS", "member of the Just Russia-Patriot-For-Truth party")
                    .person("Pavel Orlov", "RUS", "Chairman of A Just Russia-Patriots-For Truth")
                    .person("Zhao Ming", "CHN", "Chairman of the Standing Committee of the National People's Congress")
                    .build());
            List<StoredActor> orgs = store.actors(ActorQuery.ALL).stream().filter(a -> a.kind().equals("organisation")).toList();
            assertEquals(2, orgs.size(), orgs.toString());
            var party = store.actor(orgs.stream().filter(o -> o.country().equals("RUS")).findFirst().orElseThrow()
                    .name()).orElseThrow();
            assertEquals(List.of("Ivan Sokolov", "Pavel Orlov"), party.memberships().stream()
                    .map(m -> m.name()).distinct().sorted().toList());
        }
    }

    @Test
    void aMergeDecisionSurvivesRebuildAndAppliesToLaterArticles() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2024-01-01").person("Tomas Lind", "FIN").build());
            store.save(Reports.article("a2", "2024-01-02").person("Tom Lindqvist", "FIN").build());
            assertEquals(2, names(store.actors(ActorQuery.ALL)).size());
            store.decide(new Curation.Decision(Curation.MERGE, "Tomas Lind", "Tom Lindqvist", "FIN"));
            assertEquals(List.of("Tomas Lind"), names(store.actors(ActorQuery.ALL)));
            store.rebuildKnowledgeBase();
            assertEquals(List.of("Tomas Lind"), names(store.actors(ActorQuery.ALL)));
            store.save(Reports.article("a3", "2024-01-03").person("Tom Lindqvist", "FIN").build());
            assertEquals(List.of("Tomas Lind"), names(store.actors(ActorQuery.ALL)));
        }
    }

    @Test
    void aSplitDecisionKeepsASurnameApartFromTheActorItWasJoinedTo() {
        try (SqliteStore store = open()) {
            store.save(Reports.article("a1", "2024-01-01").person("Wang Tao", "CHN").build());
            store.save(Reports.article("a2", "2024-01-02").person("Wang", "CHN").build());
            assertEquals(List.of("Wang Tao"), names(store.actors(ActorQuery.ALL)));
            store.decide(new Curation.Decision(Curation.SPLIT, "Wang Tao", "Wang", "CHN"));
            assertEquals(List.of("Wang", "Wang Tao"), names(store.actors(ActorQuery.ALL)));
            store.save(Reports.article("a3", "2024-01-03").person("Wang", "CHN").build());
            assertEquals(List.of("Wang", "Wang Tao"), names(store.actors(ActorQuery.ALL)));
        }
    }

}
