package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.clean.CleanText;
import org.parley.clean.Cleaner;
import org.parley.model.Article;
import org.parley.nlp.time.Direction;
import org.parley.nlp.time.TimeMention;

/** The dates the NLP stage hands forward, on a hand-built document (no model loaded). */
class DateMentionsTest {

    private static final String TEXT = "Chancellor Valdane met Minister Marrow on March 4, 2024.\n"
            + "They will meet again on Friday in Ashgrove.\n"
            + "No date here.";

    private static ParsedText handBuilt() {
        CleanText clean = new Cleaner().apply(Article.ofText("dates", "test", TEXT));
        List<Sentence> sentences = new ArrayList<>();
        int begin = 0;
        for (String line : clean.text().split("\n")) {
            int at = clean.text().indexOf(line, begin);
            sentences.add(new Sentence(sentences.size(), at, at + line.length(), line, List.of()));
            begin = at + line.length();
        }
        return new ParsedText(clean, sentences, List.of());
    }

    @Test
    void eachSentenceIsTaggedBothWaysWithOffsetsIntoTheCleanedText() {
        ParsedText parsed = handBuilt();
        DateMentions dates = parsed.dates();
        assertEquals(LocalDate.of(2024, 3, 4), dates.context().anchor(), "the only full date anchors the article");
        assertEquals(3, dates.past().size());
        TimeMention past = dates.in(1, Direction.PAST).get(0);
        TimeMention future = dates.in(1, Direction.FUTURE).get(0);
        assertEquals("on Friday", past.text());
        assertEquals(past.text(), parsed.clean().text().substring(past.begin(), past.end()));
        assertEquals(past.begin(), future.begin());
        assertEquals(LocalDate.of(2024, 3, 1), past.date().start().value(), "read as past: the Friday before");
        assertEquals(LocalDate.of(2024, 3, 8), future.date().start().value(), "read as future: the Friday after");
        assertEquals(List.of(), dates.in(2, Direction.PAST));
        assertTrue(dates.in(0, Direction.PAST).get(0).text().contains("March 4, 2024"));
    }

    @Test
    void theStageTagsEverySentenceOnItsOwnText() {
        ParsedText parsed = handBuilt();
        DateMentions again = DateMentions.of(parsed.clean(), parsed.sentences());
        assertEquals(parsed.dates(), again);
        assertEquals(List.of("on March 4, 2024", "on Friday"),
                again.allPast().stream().map(TimeMention::text).toList());
    }

    @Test
    void datesForAnotherNumberOfSentencesAreRefused() {
        ParsedText parsed = handBuilt();
        assertThrows(IllegalArgumentException.class, () -> new ParsedText(parsed.clean(),
                parsed.sentences().subList(0, 2), List.of(), parsed.dates()));
    }
}
