package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.nlp.time.Direction.PAST;
import static org.parley.nlp.time.Tagging.d;
import static org.parley.nlp.time.Tagging.mention;
import static org.parley.nlp.time.Tagging.tag;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventDate;

/** Durations, vague times, and things that look like dates but are not. */
class LooseWordsTest {

    private static final LocalDate ANCHOR = d("2024-05-15");

    private static void assertDuration(String text, String words, int days) {
        TimeMention m = mention(tag(text, ANCHOR, PAST), words);
        assertEquals(TimeMention.Kind.DURATION, m.kind());
        assertEquals(days, m.durationDays());
        assertFalse(m.date().known());
    }

    @Test
    void durations() {
        assertDuration("Oman's sultan begins a two-day state visit to Kuwait.", "two-day", 2);
        assertDuration("Oman's sultan begins a three-day state visit to Kuwait.", "three-day", 3);
        assertDuration("Oman's sultan begins a 3-day state visit to Kuwait.", "3-day", 3);
        assertDuration("Oman's sultan stays in Kuwait for two days.", "for two days", 2);
        assertDuration("Oman's sultan begins a week-long visit to Kuwait.", "week-long", 7);
        assertDuration("Oman's sultan stays for a week.", "for a week", 7);
    }

    @Test
    void durationExtendsAStartDay() {
        List<TimeMention> ms = tag("Uganda's president arrived in Nairobi on Wednesday for a three-day state visit.",
                ANCHOR, PAST);
        EventDate start = mention(ms, "on Wednesday").date();
        EventDate span = TemporalTagger.withDuration(start, mention(ms, "three-day").durationDays());
        assertEquals("2024-05-15", span.start().iso());
        assertEquals("2024-05-17", span.end().iso());
    }

    @Test
    void vagueTimes() {
        for (String w : List.of("recently", "earlier", "soon", "in the coming days", "recent")) {
            String text = "Nepal and Bhutan " + w + " agreed on a plan.";
            TimeMention m = mention(tag(text, ANCHOR, PAST), w);
            assertEquals(TimeMention.Kind.VAGUE, m.kind(), w);
            assertFalse(m.date().known(), w);
        }
    }

    @Test
    void notDates() {
        for (String text : List.of(
                "The 73-year-old ex-general held a one-on-one meeting.",
                "They marked the 75th anniversary of ties.",
                "Created: 07:09 IST, after COVID-19 and ahead of the G20 summit.",
                "The 14th Plenary Session and the 8th meeting opened.",
                "Some 2000 troops and 1,990 tanks, worth $200 billion.")) {
            assertTrue(tag(text, ANCHOR, PAST).isEmpty(), () -> text + " -> " + tag(text, ANCHOR, PAST));
        }
    }

    @Test
    void overlappingMatchesKeepTheLongest() {
        List<TimeMention> ms = tag("On Monday, June 6, 2022 they met; earlier this week they spoke.", ANCHOR, PAST);
        assertEquals(List.of("On Monday, June 6, 2022", "earlier this week"), ms.stream().map(TimeMention::text).toList());
    }
}
