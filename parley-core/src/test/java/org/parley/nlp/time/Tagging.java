package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.DateSource;

/** Test helpers: tag a sentence and pick out the mention that covers some words. */
final class Tagging {

    private Tagging() {
    }

    static final TemporalTagger TAGGER = new TemporalTagger();

    static List<TimeMention> tag(String text, LocalDate anchor, Direction dir) {
        List<TimeMention> ms = TAGGER.tag(text, DateContext.at(anchor), dir);
        for (TimeMention m : ms) {
            assertEquals(m.text(), text.substring(m.begin(), m.end()), "offsets of " + m);
            assertEquals(m.text(), m.date().text(), "date quotes the mention");
        }
        return ms;
    }

    /** The one mention whose text is exactly {@code words}. */
    static TimeMention mention(List<TimeMention> ms, String words) {
        for (TimeMention m : ms) {
            if (m.text().equals(words)) {
                return m;
            }
        }
        fail("no mention \"" + words + "\" in " + ms);
        return null;
    }

    /** Asserts that {@code words} is tagged in {@code text} as a date from {@code start} to {@code end}. */
    static TimeMention assertDate(String text, LocalDate anchor, Direction dir, String words, String start,
                                  String end, DateSource source) {
        TimeMention m = mention(tag(text, anchor, dir), words);
        assertNotNull(m.date().start(), "unresolved: " + m);
        assertEquals(start, m.date().start().iso(), "start of " + m);
        assertEquals(end, m.date().end() == null ? null : m.date().end().iso(), "end of " + m);
        if (source != null) {
            assertEquals(source, m.date().source(), "source of " + m);
        }
        return m;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
