package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.testing.Prerequisite;

/** A rule searched only near its anchors finds exactly what it finds searched at every character. */
class AnchorsTest {

    private static final String OWN_TEXT = String.join("\n",
            "LIMA, Sept. 4 (Wire) -- The ministers met on Monday, the morning of March 3, 2024, and again this coming Friday.",
            "From Sunday to Wednesday the delegation toured the north; the forum runs from 31 August to 3 September.",
            "Between May 5 and 7 talks went on; on May 5 and 9 they signed two accords, 2023-07-10 and 13/07/2023.",
            "Early 2024, mid-July and the end of 2024 were named; in March of this year, by 2025, since 2016.",
            "Three weeks ago, the day before yesterday, later in the day, last night and tomorrow evening.",
            "A two-day visit, a week-long tour, for three more days, in 10 days' time, at the very end of next month.",
            "Earlier this week and later in the month; this year and next year; the Good Friday talks were recent.",
            "Wednesday, June 6, 2022 and Thursday, 5th Nov, 2024, from 2018 to 2022, Jan. 20-22 and Jan. 30 to Feb. 2.");

    @Test
    void anchoredSearchFindsWhatThePlainSearchFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of(OWN_TEXT));
        texts.addAll(List.of(OWN_TEXT.split("\n")));
        Path shared = Path.of(System.getProperty("parley.shared", "../../shared"), "eval");
        for (String set : List.of("dev", "wide")) {
            if (Files.isDirectory(shared.resolve(set))) {
                try (Stream<Path> files = Files.list(shared.resolve(set))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                        texts.add(Files.readString(f));
                    }
                }
            }
        }
        Prerequisite.require(texts.size() > 9, "no gold sets at " + shared + " (set -Dparley.shared=DIR)");
        DateContext ctx = DateContext.at(LocalDate.of(2024, 3, 6));
        int anchored = 0;
        for (Rule rule : TemporalTagger.rules()) {
            if (rule.anchor() == Anchors.Kind.ANY) {
                continue;
            }
            anchored++;
            Rule plain = rule.near(Anchors.Kind.ANY);
            for (String text : texts) {
                for (Direction d : Direction.values()) {
                    List<TimeMention> near = new ArrayList<>();
                    List<TimeMention> everywhere = new ArrayList<>();
                    rule.findAll(text, ctx, d, near);
                    plain.findAll(text, ctx, d, everywhere);
                    assertEquals(everywhere, near, rule.name() + " on: " + text.substring(0, Math.min(80, text.length())));
                }
            }
        }
        assertTrue(anchored >= 20, "most rules are anchored: " + anchored);
    }

    @Test
    void theSearchJumpsToTheNextAnchorLessTheReachAndStopsAfterTheLast() {
        String text = "x".repeat(200) + "March" + "y".repeat(10);
        Anchors anchors = Anchors.of(text);
        assertEquals(200 - Anchors.REACH, anchors.searchFrom(Anchors.Kind.MONTH, 0));
        assertEquals(150, anchors.searchFrom(Anchors.Kind.MONTH, 150));
        assertEquals(-1, anchors.searchFrom(Anchors.Kind.MONTH, 201));
        assertEquals(-1, anchors.searchFrom(Anchors.Kind.DIGIT, 0));
        assertEquals(7, anchors.searchFrom(Anchors.Kind.ANY, 7));
    }
}
