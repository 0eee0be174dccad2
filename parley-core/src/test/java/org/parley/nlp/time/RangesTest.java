package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.parley.model.DateSource.EXPLICIT;
import static org.parley.model.DateSource.INFERRED_YEAR;
import static org.parley.model.DateSource.RELATIVE;
import static org.parley.nlp.time.Direction.FUTURE;
import static org.parley.nlp.time.Direction.PAST;
import static org.parley.nlp.time.Tagging.assertDate;
import static org.parley.nlp.time.Tagging.d;
import static org.parley.nlp.time.Tagging.mention;
import static org.parley.nlp.time.Tagging.tag;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RangesTest {

    private static final LocalDate ANCHOR = d("2024-07-15");

    @Test
    void daysWithinOneMonth() {
        TimeMention m = assertDate("Chile's speaker toured Japan from July 9 to 13.", ANCHOR, PAST,
                "from July 9 to 13", "2024-07-09", "2024-07-13", INFERRED_YEAR);
        assertEquals(TimeMention.Kind.RANGE, m.kind());
        assertEquals(5, m.durationDays());
        assertDate("Ghana's president was in Togo from March 20-22.", d("2023-07-10"), PAST,
                "from March 20-22", "2023-03-20", "2023-03-22", INFERRED_YEAR);
        assertDate("The forum runs December 1-2 in Dakar.", d("2023-11-20"), FUTURE,
                "December 1-2", "2023-12-01", "2023-12-02", INFERRED_YEAR);
        assertDate("Talks between Iran and Oman ran July 9-13, 2022.", ANCHOR, PAST,
                "July 9-13, 2022", "2022-07-09", "2022-07-13", EXPLICIT);
    }

    @Test
    void daysAcrossMonths() {
        assertDate("Egypt's foreign minister is visiting Jordan from March 31 to April 2.", d("2025-04-01"), PAST,
                "from March 31 to April 2", "2025-03-31", "2025-04-02", INFERRED_YEAR);
        assertDate("From 31 August to 3 September, the Thai king will visit Nepal.", d("2025-04-01"), FUTURE,
                "From 31 August to 3 September", "2025-08-31", "2025-09-03", INFERRED_YEAR);
        assertDate("The summit ran from December 30, 2023 to January 2, 2024.", ANCHOR, PAST,
                "from December 30, 2023 to January 2, 2024", "2023-12-30", "2024-01-02", EXPLICIT);
        assertDate("The envoy stayed from December 30 to January 2.", d("2024-01-10"), PAST,
                "from December 30 to January 2", "2023-12-30", "2024-01-02", INFERRED_YEAR);
    }

    @Test
    void dayNumbersBeforeTheMonth() {
        assertDate("Malta hosts Cyprus 9-11 October 2024.", ANCHOR, FUTURE,
                "9-11 October 2024", "2024-10-09", "2024-10-11", EXPLICIT);
    }

    @Test
    void consecutiveDaysJoinedByAndAreARange() {
        assertDate("In Lusaka the Zambian president will attend the summit on 31 August and 1 September.",
                d("2025-04-01"), FUTURE, "on 31 August and 1 September", "2025-08-31", "2025-09-01", INFERRED_YEAR);
        assertDate("The ministers met on May 5 and 6.", ANCHOR, PAST, "on May 5 and 6", "2024-05-05", "2024-05-06", null);
    }

    @Test
    void nonConsecutiveDaysJoinedByAndAreNotARange() {
        var ms = tag("The ministers met on May 5 and 9.", ANCHOR, PAST);
        assertEquals("2024-05-05", mention(ms, "on May 5").date().start().iso());
        assertFalse(ms.stream().anyMatch(m -> m.kind() == TimeMention.Kind.RANGE));
    }

    @Test
    void betweenMakesARangeEvenWhenNotConsecutive() {
        assertDate("Talks are set between May 5 and 7.", d("2024-04-20"), FUTURE,
                "between May 5 and 7", "2024-05-05", "2024-05-07", INFERRED_YEAR);
    }

    @Test
    void weekdayRangeStartsByDirectionAndEndsAtTheNextSuchDay() {
        // anchor Wednesday 2023-07-12: Sunday before, then the following Wednesday
        assertDate("The Latvian speaker's visit to Korea runs from Sunday to Wednesday.", d("2023-07-12"), PAST,
                "from Sunday to Wednesday", "2023-07-09", "2023-07-12", RELATIVE);
        // anchor Tuesday 2024-11-05, future
        assertDate("The Peruvian president's visit to Vietnam will take place from Friday to Sunday.", d("2024-11-05"),
                FUTURE, "from Friday to Sunday", "2024-11-08", "2024-11-10", RELATIVE);
    }

    @Test
    void yearAndMonthRanges() {
        TimeMention y = assertDate("Ties between Laos and Thailand grew from 2018 to 2022.", ANCHOR, PAST,
                "from 2018 to 2022", "2018", "2022", EXPLICIT);
        assertEquals(TimeMention.Kind.RANGE, y.kind());
        assertDate("The exhibition runs from March to May 2025.", ANCHOR, FUTURE,
                "from March to May 2025", "2025-03", "2025-05", EXPLICIT);
    }
}
