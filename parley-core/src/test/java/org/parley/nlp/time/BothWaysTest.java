package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;
import org.parley.testing.Prerequisite;

/** Reading a text both ways in one scan gives exactly what two scans give. */
class BothWaysTest {

    private static final List<String> SENTENCES = List.of(
            "The ministers met on Monday and will meet again on Friday.",
            "He arrived on Wednesday for a three-day state visit, his first since 2016.",
            "Talks are planned for March; the plan of consultations for 2025-2026 was signed last year.",
            "The summit runs from July 9 to 13, after a meeting on May 5 and 9 in the capital.",
            "India Today reported the visit earlier this week, two days ago, and a call is expected next month.",
            "September 29. 2021 was the date of the forum; the next one is in December.",
            "Talks will be held in the coming days, the ministry said Tuesday.");

    @Test
    void sentencesReadBothWaysInOneScanAsInTwo() {
        for (LocalDate anchor : List.of(LocalDate.of(2024, 3, 6), LocalDate.of(2023, 12, 30))) {
            DateContext ctx = DateContext.at(anchor);
            for (String s : SENTENCES) {
                assertSameAsTwoScans(s, ctx);
            }
            assertSameAsTwoScans(String.join("\n", SENTENCES), ctx);
        }
        assertSameAsTwoScans(SENTENCES.get(0), new DateContext(null, null, 2022));
    }

    @Test
    void theGoldSetsReadBothWaysInOneScanAsInTwo() throws IOException {
        Path shared = Path.of(System.getProperty("parley.shared", "../../shared"), "eval");
        List<Path> texts = new ArrayList<>();
        for (String set : List.of("dev", "wide")) {
            if (Files.isDirectory(shared.resolve(set))) {
                try (Stream<Path> files = Files.list(shared.resolve(set))) {
                    files.filter(f -> f.toString().endsWith(".txt")).forEach(texts::add);
                }
            }
        }
        Prerequisite.require(!texts.isEmpty(), "no gold sets at " + shared + " (set -Dparley.shared=DIR)");
        for (Path text : texts) {
            String body = Files.readString(text);
            DateContext ctx = DateContext.of(body, null, null);
            for (String line : body.split("\n")) {
                assertSameAsTwoScans(line, ctx);
            }
        }
    }

    @Test
    void aMatchTakenOneWayOnlyFallsBackToTwoScans() {
        // reads "day N" as a date only when reading forward, so the two scans part ways at once
        Rule oneWay = Rule.of("test", "day (\\d+)", (m, text, ctx, dir) -> dir == Direction.FUTURE
                ? Rule.Found.date(new EventDate(FuzzyDate.day(LocalDate.of(2024, 1, Integer.parseInt(m.group(1)))), null,
                        org.parley.model.DateSource.EXPLICIT, m.group()))
                : null);
        String text = "day 3 and day 4";
        List<TimeMention> past = new ArrayList<>(List.of(sentinel()));
        List<TimeMention> future = new ArrayList<>(List.of(sentinel()));
        oneWay.findAllBothWays(text, Anchors.of(text), DateContext.at(LocalDate.of(2024, 1, 9)), past, future);
        List<TimeMention> pastAlone = new ArrayList<>(List.of(sentinel()));
        List<TimeMention> futureAlone = new ArrayList<>(List.of(sentinel()));
        oneWay.findAll(text, DateContext.at(LocalDate.of(2024, 1, 9)), Direction.PAST, pastAlone);
        oneWay.findAll(text, DateContext.at(LocalDate.of(2024, 1, 9)), Direction.FUTURE, futureAlone);
        assertEquals(pastAlone, past);
        assertEquals(futureAlone, future);
        assertEquals(3, future.size(), "what was found before is kept");
    }

    private static TimeMention sentinel() {
        return new TimeMention(0, 3, "now", TimeMention.Kind.VAGUE, EventDate.UNKNOWN, 0);
    }

    private static void assertSameAsTwoScans(String text, DateContext ctx) {
        TemporalTagger tagger = new TemporalTagger();
        TemporalTagger.BothWays both = tagger.tagBothWays(text, ctx);
        assertEquals(tagger.tag(text, ctx, Direction.PAST), both.past(), text);
        assertEquals(tagger.tag(text, ctx, Direction.FUTURE), both.future(), text);
    }
}
