package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;

class EventMergerTest {

    private static EventDate day(String iso) {
        return new EventDate(FuzzyDate.parse(iso), null, DateSource.EXPLICIT, iso);
    }

    private static EventDate articleDate(String iso) {
        return new EventDate(FuzzyDate.parse(iso), null, DateSource.ARTICLE_DATE, null);
    }

    private static Draft meeting(EventDate date, String place, Integer... people) {
        return new Draft(EventType.MEETING, EventStatus.OCCURRED, date, place, List.of(people), null, 0, 0.8);
    }

    @Test
    void headlineAndBodyOfOneMeetingBecomeOneEventWithTheBodyDate() {
        List<Draft> merged = EventMerger.merge(List.of(
                meeting(articleDate("2024-07-12"), null, 0, 1),
                meeting(day("2024-07-11"), "St. Petersburg", 0, 1)));
        assertEquals(1, merged.size());
        assertEquals("2024-07-11", merged.get(0).date.start().iso());
        assertEquals("St. Petersburg", merged.get(0).location);
    }

    @Test
    void samePairOnDifferentDaysIsTwoOccasions() {
        assertEquals(2, EventMerger.merge(List.of(
                meeting(day("2024-07-08"), null, 0, 1), meeting(day("2024-07-09"), null, 0, 1))).size());
    }

    @Test
    void undatedMentionFarFromAnExplicitYearIsAnotherOccasion() {
        assertEquals(2, EventMerger.merge(List.of(
                meeting(articleDate("2023-06-20"), null, 0, 1), meeting(day("2018"), null, 0, 1))).size());
    }

    @Test
    void twoCitiesAreTwoMeetings() {
        assertEquals(2, EventMerger.merge(List.of(
                meeting(day("2023"), "Xi'an", 0, 1), meeting(day("2023"), "Beijing", 0, 1))).size());
    }

    @Test
    void groupTalksAlreadyReportedPairByPairAddNothing() {
        List<Draft> merged = EventMerger.merge(List.of(
                meeting(day("2024-07-10"), null, 0, 2), meeting(day("2024-07-10"), null, 0, 3),
                meeting(articleDate("2024-07-12"), null, 2, 3, 0)));
        assertEquals(2, merged.size());
    }

    @Test
    void messagesInOppositeDirectionsStayApart() {
        Draft a = new Draft(EventType.MESSAGE, EventStatus.OCCURRED, day("2024-07-11"), null, List.of(0, 1), null, 0, 0.8);
        Draft b = new Draft(EventType.MESSAGE, EventStatus.OCCURRED, day("2024-07-11"), null, List.of(1, 0), null, 1, 0.8);
        assertEquals(2, EventMerger.merge(List.of(a, b)).size());
    }

    @Test
    void sessionsOfOneBodyWrittenTwoWaysMerge() {
        Draft a = new Draft(EventType.SESSION, EventStatus.OCCURRED, articleDate("2023-06-21"), null, List.of(0, 1),
                "Seventh Round of China-Germany Intergovernmental Consultation", 0, 0.8);
        Draft b = new Draft(EventType.SESSION, EventStatus.OCCURRED, day("2023-06-20"), "Berlin", List.of(0, 1),
                "seventh round of China-Germany intergovernmental consultations", 2, 0.8);
        List<Draft> merged = EventMerger.merge(List.of(a, b));
        assertEquals(1, merged.size());
        assertEquals("2023-06-20", merged.get(0).date.start().iso());
    }
}
