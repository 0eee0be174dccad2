package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.model.DateSource.INFERRED_YEAR;
import static org.parley.model.DateSource.NONE;
import static org.parley.model.DateSource.RELATIVE;
import static org.parley.nlp.time.Direction.FUTURE;
import static org.parley.nlp.time.Direction.PAST;
import static org.parley.nlp.time.Tagging.assertDate;
import static org.parley.nlp.time.Tagging.d;
import static org.parley.nlp.time.Tagging.mention;
import static org.parley.nlp.time.Tagging.tag;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    /** A Wednesday. */
    private static final LocalDate WED = d("2023-07-12");

    @Test
    void weekdayPastIsMostRecentOnOrBeforeAnchor() {
        assertDate("Austria's chancellor met Hungary's premier on Monday.", WED, PAST, "on Monday", "2023-07-10", null, RELATIVE);
        assertDate("Austria's chancellor met Hungary's premier on Wednesday.", WED, PAST, "on Wednesday", "2023-07-12", null, RELATIVE);
        assertDate("Austria's chancellor met Hungary's premier on Thursday.", WED, PAST, "on Thursday", "2023-07-06", null, RELATIVE);
        assertDate("Austria's chancellor made the remarks Monday in Vienna.", WED, PAST, "Monday", "2023-07-10", null, RELATIVE);
        assertDate("Talks in Bern met on Thursday.", d("2025-08-22"), PAST, "on Thursday", "2025-08-21", null, RELATIVE);
    }

    @Test
    void weekdayFutureIsNextOnOrAfterAnchor() {
        assertDate("Austria's chancellor is meeting Hungary's premier on Thursday.", WED, FUTURE, "on Thursday", "2023-07-13", null, RELATIVE);
        assertDate("Austria's chancellor will meet Hungary's premier on Thursday.", d("2023-07-13"), FUTURE, "on Thursday", "2023-07-13", null, RELATIVE);
        assertDate("Austria's chancellor will meet Hungary's premier on Monday.", WED, FUTURE, "on Monday", "2023-07-17", null, RELATIVE);
    }

    @Test
    void lastAndNextWeekdayAreStrict() {
        assertDate("They spoke last Wednesday.", WED, FUTURE, "last Wednesday", "2023-07-05", null, RELATIVE);
        assertDate("They speak again next Wednesday.", WED, PAST, "next Wednesday", "2023-07-19", null, RELATIVE);
    }

    @Test
    void possessiveWeekdayAndTimeOfDay() {
        assertDate("Tuesday's talks between Peru and Chile went well.", WED, PAST, "Tuesday", "2023-07-11", null, RELATIVE);
        assertDate("The Danish envoy arrived on Monday evening.", WED, PAST, "on Monday evening", "2023-07-10", null, RELATIVE);
    }

    @Test
    void weekdayWithoutAnchorIsKeptUnresolved() {
        List<TimeMention> ms = Tagging.TAGGER.tag("Ghana's minister on Wednesday met Togo's.",
                new DateContext(null, NONE, null), PAST);
        TimeMention m = mention(ms, "on Wednesday");
        assertEquals(TimeMention.Kind.DATE, m.kind());
        assertFalse(m.date().known());
        assertEquals(NONE, m.date().source());
    }

    @Test
    void holidaysAreNotWeekdays() {
        assertTrue(tag("Markets closed for Good Friday.", WED, PAST).isEmpty());
    }

    @Test
    void relativeDays() {
        assertDate("Liu met here today with the Slovak envoy.", WED, PAST, "today", "2023-07-12", null, RELATIVE);
        assertDate("The Bolivian president arrives later in the day.", WED, FUTURE, "later in the day", "2023-07-12", null, RELATIVE);
        assertDate("The Bolivian president spoke this morning.", WED, PAST, "this morning", "2023-07-12", null, RELATIVE);
        assertDate("The Bolivian president spoke earlier today.", WED, PAST, "earlier today", "2023-07-12", null, RELATIVE);
        assertDate("They dine tonight.", WED, FUTURE, "tonight", "2023-07-12", null, RELATIVE);
        assertDate("We had a productive meeting yesterday.", WED, PAST, "yesterday", "2023-07-11", null, RELATIVE);
        assertDate("We meet tomorrow.", WED, FUTURE, "tomorrow", "2023-07-13", null, RELATIVE);
        assertDate("We met the day before yesterday.", WED, PAST, "the day before yesterday", "2023-07-10", null, RELATIVE);
        assertDate("They met two days ago.", WED, PAST, "two days ago", "2023-07-10", null, RELATIVE);
        assertDate("They meet in two days.", WED, FUTURE, "in two days", "2023-07-14", null, RELATIVE);
    }

    @Test
    void newspaperTitlesAreNotToday() {
        assertTrue(tag("He told India Today that talks went well.", WED, PAST).isEmpty());
    }

    @Test
    void weeksGiveTheirMonth() {
        LocalDate tue = d("2025-06-17");
        assertDate("Mexico's president will call Canada's premier this week.", tue, FUTURE, "this week", "2025-06", null, RELATIVE);
        assertDate("Mexico's president will call Canada's premier later this week.", tue, FUTURE, "later this week", "2025-06", null, RELATIVE);
        assertDate("They talk next week.", d("2025-06-27"), FUTURE, "next week", "2025-07", null, RELATIVE);
        assertDate("They talked last week.", d("2025-06-03"), PAST, "last week", "2025-05", null, RELATIVE);
    }

    @Test
    void monthsAndYears() {
        assertDate("They met this month.", WED, PAST, "this month", "2023-07", null, RELATIVE);
        assertDate("They met last month.", WED, PAST, "last month", "2023-06", null, RELATIVE);
        assertDate("They meet next month.", WED, FUTURE, "next month", "2023-08", null, RELATIVE);
        assertDate("They met twice this year.", WED, PAST, "this year", "2023", null, RELATIVE);
        assertDate("Last year, the two leaders met twice.", WED, PAST, "Last year", "2022", null, RELATIVE);
        assertDate("They meet again next year.", WED, FUTURE, "next year", "2024", null, RELATIVE);
        assertDate("A summit is planned at the end of the year.", WED, FUTURE, "at the end of the year", "2023", null, RELATIVE);
        assertDate("A summit is planned by the end of the year.", WED, FUTURE, "by the end of the year", "2023", null, RELATIVE);
        assertDate("A summit is planned later this year.", WED, FUTURE, "later this year", "2023", null, RELATIVE);
        assertDate("These talks at the very beginning of the year matter.", WED, PAST,
                "at the very beginning of the year", "2023", null, RELATIVE);
    }

    @Test
    void periodsWithoutAnchor() {
        var ctx = new DateContext(null, NONE, 2020);
        List<TimeMention> ms = Tagging.TAGGER.tag("They met last week, and twice last year.", ctx, PAST);
        assertEquals(TimeMention.Kind.VAGUE, mention(ms, "last week").kind());
        TimeMention year = mention(ms, "last year");
        assertEquals("2019", year.date().start().iso());
        assertEquals(INFERRED_YEAR, year.date().source());
    }
}
