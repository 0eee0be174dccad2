package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.nlp.time.Direction.FUTURE;
import static org.parley.nlp.time.Direction.PAST;
import static org.parley.nlp.time.Tagging.assertDate;
import static org.parley.nlp.time.Tagging.d;
import static org.parley.nlp.time.Tagging.mention;
import static org.parley.nlp.time.Tagging.tag;
import static org.parley.model.DateSource.EXPLICIT;
import static org.parley.model.DateSource.INFERRED_YEAR;
import static org.parley.model.DateSource.NONE;
import static org.parley.model.DateSource.RELATIVE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExplicitDatesTest {

    private static final LocalDate ANCHOR = d("2023-07-12");

    @Test
    void monthDayYearIsExplicit() {
        assertDate("The envoys of Chile and Peru signed the accord on July 10, 2023 in Lima.", ANCHOR, PAST,
                "on July 10, 2023", "2023-07-10", null, EXPLICIT);
    }

    @Test
    void dayMonthYearIsExplicit() {
        assertDate("Norway's minister arrived in Accra on 10 July 2023.", ANCHOR, PAST,
                "on 10 July 2023", "2023-07-10", null, EXPLICIT);
    }

    @Test
    void abbreviatedMonthWithDot() {
        assertDate("OSLO, Nov. 29, 2023 -- The two premiers spoke.", ANCHOR, PAST, "Nov. 29, 2023", "2023-11-29", null, EXPLICIT);
    }

    @Test
    void ordinalDayBeforeAbbreviatedMonth() {
        assertDate("Lisbon, (Wire - 5th Nov, 2024) Portugal's envoy met Angola's.", ANCHOR, PAST,
                "5th Nov, 2024", "2024-11-05", null, EXPLICIT);
        assertDate("RABAT (Agency - 04th August, 2023) Morocco hosted Senegal.", ANCHOR, PAST,
                "04th August, 2023", "2023-08-04", null, EXPLICIT);
    }

    @Test
    void isoAndNumericDates() {
        assertDate("Filed 2023-07-10 by the Quito desk.", ANCHOR, PAST, "2023-07-10", "2023-07-10", null, EXPLICIT);
        assertDate("Release ( 2023.11.29 )", ANCHOR, PAST, "2023.11.29", "2023-11-29", null, EXPLICIT);
        assertDate("Updated: 13-07-2023 07:09 IST", ANCHOR, PAST, "13-07-2023", "2023-07-13", null, EXPLICIT);
    }

    @Test
    void partOfDayAroundAFullDateStaysInTheMention() {
        assertDate("On the morning of June 20, 2023 local time, Chile's president met Brazil's.", ANCHOR, PAST,
                "On the morning of June 20, 2023", "2023-06-20", null, EXPLICIT);
        assertDate("The Finnish minister arrived in Hanoi on November 7, 2022 evening.", ANCHOR, PAST,
                "on November 7, 2022 evening", "2022-11-07", null, EXPLICIT);
    }

    @Test
    void weekdayBeforeAFullDateLetsTheDateWin() {
        // 2022-06-06 was a Monday; a wrong weekday must not move the date either
        assertDate("Kenya and Ghana met on Monday, June 6, 2022.", ANCHOR, PAST,
                "on Monday, June 6, 2022", "2022-06-06", null, EXPLICIT);
        assertDate("Kenya and Ghana met on Friday, June 6, 2022.", ANCHOR, PAST,
                "on Friday, June 6, 2022", "2022-06-06", null, EXPLICIT);
    }

    @Test
    void monthAndDayTakeTheAnchorYear() {
        assertDate("SANTIAGO, Sept. 4 (Wire) -- Chile hosted Bolivia.", d("2024-09-05"), PAST,
                "Sept. 4", "2024-09-04", null, INFERRED_YEAR);
        assertDate("Uruguay's minister met Paraguay's on July 17th.", ANCHOR, PAST,
                "on July 17th", "2023-07-17", null, INFERRED_YEAR);
        assertDate("Hanoi, November 22nd -- Vietnam's envoy met Laos's.", d("2023-11-29"), PAST,
                "November 22nd", "2023-11-22", null, INFERRED_YEAR);
    }

    @Test
    void monthDotDayTypoIsRead() {
        assertDate("The Danish king welcomed Iceland's president late on July.8 in Aarhus.", d("2024-07-09"), PAST,
                "on July.8", "2024-07-08", null, INFERRED_YEAR);
    }

    @Test
    void monthDayNearYearEndRollsBack() {
        assertDate("Peru and Ecuador met on December 28.", d("2024-01-05"), PAST, "on December 28", "2023-12-28", null, INFERRED_YEAR);
        assertDate("Peru and Ecuador will meet on January 3.", d("2023-12-20"), FUTURE, "on January 3", "2024-01-03", null, INFERRED_YEAR);
    }

    @Test
    void monthDayDirectionPicksTheSideButStaysNear() {
        // a planned date half a year ahead: FUTURE keeps it ahead, PAST reads it as last year's
        assertDate("Fiji's premier visits Samoa from 31 August.", d("2025-04-01"), FUTURE, "31 August", "2025-08-31", null, null);
        assertDate("Fiji's premier visited Samoa on 31 August.", d("2025-04-01"), PAST, "on 31 August", "2024-08-31", null, null);
        // a day a week ahead under PAST is still this year's, not last year's
        assertDate("Fiji's premier meets Samoa's on July 19.", ANCHOR, PAST, "on July 19", "2023-07-19", null, null);
    }

    @Test
    void monthDayWithoutAnchorUsesYearHint() {
        var ms = Tagging.TAGGER.tag("Tonga's king met Fiji's on May 16.", new DateContext(null, NONE, 2021), PAST);
        assertEquals("2021-05-16", mention(ms, "on May 16").date().start().iso());
        assertEquals(INFERRED_YEAR, mention(ms, "on May 16").date().source());
        var none = Tagging.TAGGER.tag("Tonga's king met Fiji's on May 16.", new DateContext(null, NONE, null), PAST);
        assertEquals(NONE, mention(none, "on May 16").date().source());
    }

    @Test
    void yearsAndMonthsWithYears() {
        assertDate("The last such talks between Spain and Morocco, in 2018, were tense.", ANCHOR, PAST, "in 2018", "2018", null, EXPLICIT);
        assertDate("In February 2022, Chile and Peru adopted a plan.", ANCHOR, PAST, "In February 2022", "2022-02", null, EXPLICIT);
        assertDate("Trade is to reach $90 billion by 2024.", ANCHOR, PAST, "by 2024", "2024", null, EXPLICIT);
        assertDate("Austria expects a reply in early 2024.", ANCHOR, PAST, "in early 2024", "2024", null, EXPLICIT);
    }

    @Test
    void bareYearNeedsAWordThatMakesItADate() {
        assertDate("Funds for his 2007 campaign came from Gabon.", ANCHOR, PAST, "2007", "2007", null, EXPLICIT);
        assertDate("Sales for fiscal 2019 rose.", ANCHOR, PAST, "2019", "2019", null, EXPLICIT);
        assertEquals(0, tag("Some 2000 troops crossed.", ANCHOR, PAST).size());
        assertDate("Ghana's 2019 budget funded the embassy.", ANCHOR, PAST, "2019", "2019", null, EXPLICIT);
        assertDate("Trade grew in both 2021 and 2022.", ANCHOR, PAST, "2021", "2021", null, EXPLICIT);
        assertDate("They last met at a 2019 SCO summit in Bishkek.", ANCHOR, PAST, "2019", "2019", null, EXPLICIT);
        assertDate("Kenya hosted 2014 Winter Olympics delegations.", ANCHOR, PAST, "2014", "2014", null, EXPLICIT);
        assertEquals(0, tag("Nearly 2000 Kenyan soldiers and 1500 police took part.", ANCHOR, PAST).size());
    }

    @Test
    void bareMonthAfterForThroughOf() {
        assertDate("Peru's exports for January rose.", ANCHOR, PAST, "January", "2023-01", null, INFERRED_YEAR);
        assertDate("Talks between Chad and Sudan run through September.", ANCHOR, FUTURE, "September", "2023-09", null, INFERRED_YEAR);
        assertDate("Ecuador chose the end of October for the vote.", ANCHOR, FUTURE, "the end of October", "2023-10", null, null);
        // "May" is also a surname: after these words it stays one
        assertEquals(0, tag("Macron sent a message for May and spoke of May warmly.", ANCHOR, PAST).size());
    }

    @Test
    void bareMonthFollowsDirection() {
        assertDate("Mali's leader visited Niger in March.", ANCHOR, PAST, "in March", "2023-03", null, INFERRED_YEAR);
        assertDate("Mali's leader visited Niger in September.", ANCHOR, PAST, "in September", "2022-09", null, INFERRED_YEAR);
        assertDate("Mali's leader will visit Niger in March.", ANCHOR, FUTURE, "in March", "2024-03", null, INFERRED_YEAR);
        assertDate("Mali's leader visits Niger in July.", ANCHOR, FUTURE, "in July", "2023-07", null, INFERRED_YEAR);
    }

    @Test
    void partsOfMonths() {
        assertDate("Talks between Laos and Cambodia resume in mid-July.", d("2023-06-01"), FUTURE, "in mid-July", "2023-07", null, null);
        assertDate("Talks between Laos and Cambodia stalled in late March.", ANCHOR, PAST, "in late March", "2023-03", null, null);
        assertDate("Laos and Cambodia met at the end of May 2021.", ANCHOR, PAST, "at the end of May 2021", "2021-05", null, EXPLICIT);
    }

    @Test
    void monthWithRelativeYear() {
        assertDate("Estonia's president paid a state visit to Latvia in March of this year.", ANCHOR, PAST,
                "in March of this year", "2023-03", null, RELATIVE);
        assertDate("Estonia's president visited Latvia in October last year.", ANCHOR, PAST,
                "in October last year", "2022-10", null, RELATIVE);
        assertDate("Estonia hosted Latvia last March.", ANCHOR, PAST, "last March", "2023-03", null, RELATIVE);
        assertDate("Estonia hosted Latvia last July.", ANCHOR, PAST, "last July", "2022-07", null, RELATIVE);
    }

    @Test
    void lowerCaseMayAndMarchAreNotMonths() {
        assertEquals(0, tag("The two sides may march on together and may meet again.", ANCHOR, PAST).size());
    }
}
