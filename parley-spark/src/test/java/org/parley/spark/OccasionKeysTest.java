package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Which groups a report goes to: its home first, then the group that gets its copy. No models loaded. */
class OccasionKeysTest {

    private static final Participant BERG = new Participant("Anna Berg", "NOR", "Foreign Minister");
    private static final Participant LIND = new Participant("Tomas Lind", "FIN", "Foreign Minister");
    private static final Participant SANCHEZ = new Participant("Lucia Sanchez", "ESP", "Foreign Minister");

    @Test
    void aDatedReportGoesToItsMonthAndTheNext() {
        Event e = event(EventType.MEETING, LocalDate.of(2023, 12, 31), "Oslo", BERG, LIND);
        assertEquals(List.of("meeting/FIN-NOR/2023-12", "meeting/FIN-NOR/2024-01"), OccasionKeys.keys(extraction(e), e));
    }

    @Test
    void anUndatedReportGoesToItsArticlesMonthAndTheOneBefore() {
        Event e = event(EventType.MEETING, null, null, LIND, BERG);
        assertEquals(List.of("meeting/FIN-NOR/2024-03", "meeting/FIN-NOR/2024-02"), OccasionKeys.keys(extraction(e), e));
    }

    @Test
    void aYearAloneLinksEveryMonthOfItsYear() {
        Event e = new Event(EventType.MEETING, EventStatus.OCCURRED, new EventDate(FuzzyDate.year(2024), null,
                DateSource.EXPLICIT, "2024"), null, List.of(LIND, SANCHEZ), null, new Evidence("a", "A sentence.", 0, 11),
                "040", 0.9);
        List<String> links = OccasionKeys.links(extraction(e), e);
        assertEquals(12, links.size());
        assertEquals("meeting/ESP-FIN/2024-01", links.get(0));
        assertEquals("meeting/ESP-FIN/2024-12", links.get(11));
    }

    @Test
    void aRangeLinksEveryMonthItCovers() {
        Event e = new Event(EventType.MEETING, EventStatus.OCCURRED, new EventDate(FuzzyDate.day(LocalDate.of(2024, 3, 30)),
                FuzzyDate.day(LocalDate.of(2024, 5, 2)), DateSource.EXPLICIT, "from March 30 to May 2"), null,
                List.of(BERG, LIND), null, new Evidence("a", "A sentence.", 0, 11), "040", 0.9);
        assertEquals(List.of("meeting/FIN-NOR/2024-03", "meeting/FIN-NOR/2024-04", "meeting/FIN-NOR/2024-05"),
                OccasionKeys.links(extraction(e), e));
    }

    @Test
    void anUndatedReportLinksTheMonthsBackToItsReportingLag() {
        Event e = event(EventType.MEETING, null, null, LIND, BERG);
        assertEquals(List.of("meeting/FIN-NOR/2024-03", "meeting/FIN-NOR/2024-01", "meeting/FIN-NOR/2024-02"),
                OccasionKeys.links(extraction(e), e), "published 2024-03-06: back to 2024-01-06");
        assertEquals(List.of(), OccasionKeys.links(extraction(event(EventType.MEETING, LocalDate.of(2024, 3, 5), null,
                LIND, BERG)), event(EventType.MEETING, LocalDate.of(2024, 3, 5), null, LIND, BERG)));
    }

    @Test
    void aReportOfThreeSidesLinksTheOtherPairsOfItsMonths() {
        Event e = event(EventType.MEETING, LocalDate.of(2024, 3, 5), "Oslo", BERG, LIND, SANCHEZ);
        assertEquals(List.of(
                List.of("meeting/FIN-NOR/2024-03", "meeting/ESP-NOR/2024-03", "meeting/ESP-FIN/2024-03"),
                List.of("meeting/FIN-NOR/2024-04", "meeting/ESP-NOR/2024-04", "meeting/ESP-FIN/2024-04")),
                OccasionKeys.otherPairs(extraction(e), e));
        Event two = event(EventType.MEETING, LocalDate.of(2024, 3, 5), "Oslo", BERG, LIND);
        assertEquals(List.of(), OccasionKeys.otherPairs(extraction(two), two));
    }

    @Test
    void aVisitIsKeyedByVisitorAndHostCountry() {
        Event alone = event(EventType.VISIT, LocalDate.of(2024, 6, 11), "Madrid", LIND);
        Event withHost = event(EventType.VISIT, LocalDate.of(2024, 6, 11), null, LIND, SANCHEZ);
        assertEquals("FIN>ESP", OccasionKeys.sides(alone));
        assertEquals("FIN>ESP", OccasionKeys.sides(withHost));
    }

    @Test
    void sidesAreTheFirstTwoNamedInEitherOrder() {
        assertEquals(OccasionKeys.sides(event(EventType.CALL, null, null, BERG, LIND)),
                OccasionKeys.sides(event(EventType.CALL, null, null, LIND, BERG, SANCHEZ)));
        assertEquals("FIN", OccasionKeys.sides(event(EventType.MEETING, null, null, LIND)));
    }

    @Test
    void theValueSaysWhichEventsAreAtHome() {
        Event march = event(EventType.MEETING, LocalDate.of(2024, 3, 5), "Oslo", BERG, LIND);
        Event february = event(EventType.MEETING, LocalDate.of(2024, 2, 20), "Oslo", BERG, LIND);
        List<scala.Tuple2<String, String>> pairs = new java.util.ArrayList<>();
        OccasionKeys.split(ExtractionCodec.encode(extraction(march, february))).forEachRemaining(pairs::add);
        assertEquals(List.of("meeting/FIN-NOR/2024-02", "meeting/FIN-NOR/2024-03", "meeting/FIN-NOR/2024-04"),
                pairs.stream().map(scala.Tuple2::_1).toList());
        OccasionMerge.Member inMarch = OccasionKeys.member(pairs.get(1)._2());
        assertEquals(List.of(0, 1), inMarch.positions());
        assertEquals(java.util.Set.of(0), inMarch.home(), "March's report at home, February's a copy");
    }

    private static Event event(EventType type, LocalDate day, String place, Participant... people) {
        EventDate date = day == null ? EventDate.UNKNOWN : new EventDate(FuzzyDate.day(day), null, DateSource.EXPLICIT, "");
        return new Event(type, EventStatus.OCCURRED, date, place, List.of(people), null,
                new Evidence("a", "A sentence.", 0, 11), "040", 0.9);
    }

    private static Extraction extraction(Event... events) {
        LocalDate published = LocalDate.of(2024, 3, 6);
        Article a = new Article("a", "/corpus/a.txt", null, "A", "A sentence.", published);
        return new Extraction(a, published, "dateline", "A sentence.", List.of(events), List.of());
    }
}
