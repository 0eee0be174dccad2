package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on hand-written fictional fixtures (src/test/resources/eval/tiny), numbers worked out by hand. */
class ScorerTest {

    private static final Path TINY = Fixtures.tiny();

    private static EvalPerson p(String name, String country) {
        return new EvalPerson(name, country);
    }

    private static EvalEvent event(String type, String status, String date, List<EvalPerson> people) {
        return new EvalEvent(type, status, date, null, people, null);
    }

    private static final List<EvalPerson> TWO_SIDES = List.of(p("Rupert Valdane", "GEN"), p("Ilse Marrow", "FRD"));

    @Test
    void aMonthPredictedForAGoldDayIsLooseNotStrict() {
        EvalEvent gold = event("meeting", "occurred", "2023-07-10", TWO_SIDES);
        EvalEvent pred = event("meeting", "occurred", "2023-07", TWO_SIDES);
        assertTrue(MatchRules.loose(gold, pred));
        assertFalse(MatchRules.strict(gold, pred));
    }

    @Test
    void aDayPredictedForAGoldMonthIsStrict() {
        EvalEvent gold = event("meeting", "occurred", "2023-07", TWO_SIDES);
        assertTrue(MatchRules.strict(gold, event("meeting", "occurred", "2023-07-10", TWO_SIDES)));
        assertFalse(MatchRules.strict(gold, event("meeting", "occurred", "2023-08-10", TWO_SIDES)));
        assertTrue(MatchRules.strict(event("meeting", "occurred", null, TWO_SIDES),
                event("meeting", "occurred", "1999", TWO_SIDES)));
    }

    @Test
    void statusMustAgreeAndAbsentMeansOccurred() {
        EvalEvent gold = event("call", "occurred", null, TWO_SIDES);
        assertTrue(MatchRules.strict(gold, event("call", null, null, TWO_SIDES)));
        assertTrue(MatchRules.strict(gold, event("call", "", null, TWO_SIDES)));
        assertFalse(MatchRules.strict(gold, event("call", "planned", null, TWO_SIDES)));
        assertTrue(MatchRules.loose(gold, event("call", "planned", null, TWO_SIDES)));
    }

    @Test
    void everySideGoldNamesMustBeFound() {
        EvalEvent gold = event("meeting", "occurred", null, TWO_SIDES);
        assertFalse(MatchRules.loose(gold, event("meeting", "occurred", null, List.of(p("Valdane", "GEN")))));
        // sides are gold's; the predicted country does not matter
        assertTrue(MatchRules.loose(gold, event("meeting", "occurred", null,
                List.of(p("Valdane", null), p("Marrow", "XXX")))));
        assertFalse(MatchRules.loose(gold, event("call", "occurred", null, TWO_SIDES)));
    }

    @Test
    void aVisitNeedsOnlyTheVisitor() {
        EvalEvent gold = event("visit", "planned", null, List.of(p("Tobias Quell", "SYL"), p("Odile Fenwright", "BOR")));
        assertTrue(MatchRules.loose(gold, event("visit", "planned", null, List.of(p("Quell", "SYL")))));
        assertFalse(MatchRules.loose(gold, event("visit", "planned", null, List.of(p("Odile Fenwright", "BOR")))));
    }

    @Test
    void aSessionWithoutParticipantsMatchesOnHalfItsMechanismWords() {
        // gold words: round, genovia, freedonia, strategic, dialogue -> at least 2 needed
        EvalEvent gold = new EvalEvent("session", "occurred", null, null, List.of(),
                "3rd Round of the Genovia-Freedonia Strategic Dialogue");
        assertTrue(MatchRules.loose(gold, new EvalEvent("session", null, null, null, List.of(), "Strategic Dialogue")));
        assertFalse(MatchRules.loose(gold, new EvalEvent("session", null, null, null, List.of(), "Dialogue forum")));
        assertFalse(MatchRules.loose(gold, new EvalEvent("session", null, null, null, TWO_SIDES, null)));
    }

    @Test
    void anEventWithoutGoldParticipantsMatchesAnyOfItsType() {
        EvalEvent gold = event("agreement", "occurred", null, List.of());
        assertTrue(MatchRules.loose(gold, event("agreement", "occurred", null, TWO_SIDES)));
    }

    @Test
    void aDuplicatePredictionCountsAgainstPrecision() {
        EvalEvent gold = event("call", "occurred", null, TWO_SIDES);
        List<MatchRules.Pair> pairs = MatchRules.match(List.of(gold), List.of(gold, gold), MatchRules::strict);
        assertEquals(List.of(new MatchRules.Pair(0, 0)), pairs);
        assertEquals(0.5, Prf.of(pairs.size(), 2, 1).precision());
    }

    @Test
    void tinyFixtureTotals() throws IOException {
        List<String> warnings = new ArrayList<>();
        ScoreReport r = Scorer.score(TINY.resolve("gold"), TINY.resolve("pred"), warnings::add);
        Counts t = r.totals();
        assertEquals(4, t.articles());
        assertEquals(6, t.gold());
        assertEquals(5, t.predicted());
        assertEquals(2, t.strict());
        assertEquals(4, t.loose());
        assertEquals(3, t.locationRight());
        assertEquals(10, t.personsGold());
        assertEquals(3, t.personsFound());
        assertEquals(2, t.personsSide());
        assertEquals(1, t.goldDays());
        assertEquals(0, t.daysRight());
        assertEquals(0.4, r.strict().precision(), 1e-12);
        assertEquals(2.0 / 6, r.strict().recall(), 1e-12);
        assertEquals(4.0 / 11, r.strictF1(), 1e-12);
        assertEquals(8.0 / 11, r.looseF1(), 1e-12);
        assertEquals(0.75, r.locationAccuracy(), 1e-12);
        assertEquals(0.3, r.personsFound(), 1e-12);
        assertEquals(2.0 / 3, r.personsSide(), 1e-12);
        assertEquals(List.of("a4.json"), warnings.stream().map(w -> w.substring(0, w.indexOf(':'))).toList());
        assertEquals(1, r.unreadable().size());
    }

    @Test
    void tinyFixturePerArticleCounts() throws IOException {
        ScoreReport r = Scorer.score(TINY.resolve("gold"), TINY.resolve("pred"), w -> { });
        ArticleScore a1 = r.articles().get(0);
        assertEquals("a1.json", a1.file());
        assertEquals(3, a1.counts().predicted());
        assertEquals(1, a1.counts().strict());
        assertEquals(2, a1.counts().loose());
        assertEquals(1, a1.missed().size());
        assertEquals(2, a1.extra().size());
        ArticleScore a3 = r.articles().get(2);
        assertEquals(0, a3.counts().predicted()); // missing file: no events
    }

    @Test
    void tinyFixtureRendersLikeScorePy() throws IOException {
        ScoreReport r = Scorer.score(TINY.resolve("gold"), TINY.resolve("pred"), w -> { });
        String expected = """
                == a1.json
                  MISSED meeting occurred 2023-07-10 ['Rupert Valdane', 'Ilse Marrow']\s
                  EXTRA  meeting occurred 2023-07 ['Valdane', 'Ilse Marow', "Dara O'Flynn"]\s
                  EXTRA  visit planned 2023-08-21 ['Tobias Quell']\s
                == a2.json
                  MISSED call planned None ['Xu Ba', 'Lena Ostrova']\s
                  EXTRA  call occurred None ['Xu Ba', 'Lena Ostrova']\s
                == a3.json
                  MISSED agreement occurred 2024-01-05 ['Marta Bellweather', 'Tam Ro']\s
                == a4.json
                  MISSED message occurred 2023-12-31 ['Odile Fenwright', 'Tobias Quell']\s
                articles 4  gold events 6  predicted 5
                loose   P 0.800  R 0.667  F1 0.727
                strict  P 0.400  R 0.333  F1 0.364   (location right on 75% of loose matches)
                persons found 0.300 of 10, side right on 0.667 of those
                exact day right on 0.000 of 1 loose matches whose gold date is a day
                strict F1 0.364
                """;
        assertEquals(expected, r.render(true));
        assertTrue(r.render(false).startsWith("articles 4  gold events 6  predicted 5\n"));
    }

    @Test
    void emptyGoldAndNoPredictionsIsPerfectAndPrintsNoOptionalLines(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("x.json"), "{\"events\": []}");
        ScoreReport r = Scorer.score(gold, dir.resolve("nowhere"), w -> { });
        assertEquals("""
                articles 1  gold events 0  predicted 0
                loose   P 1.000  R 1.000  F1 1.000
                strict  P 1.000  R 1.000  F1 1.000   (location right on 0% of loose matches)
                strict F1 1.000
                """, r.render(true));
    }

    @Test
    void anUnreadableGoldFileIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{");
        assertThrows(IOException.class, () -> Scorer.score(dir, dir, w -> { }));
    }

    @Test
    void readingIsAsStrictAsPythonsJsonLoad(@TempDir Path dir) throws IOException {
        Path bom = dir.resolve("bom.json");
        Files.writeString(bom, "\uFEFF{}");
        assertThrows(IOException.class, () -> GoldFile.read(bom));
        Path trailing = dir.resolve("trailing.json");
        Files.writeString(trailing, "{} {}");
        assertThrows(IOException.class, () -> GoldFile.read(trailing));
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[]");
        assertThrows(IOException.class, () -> GoldFile.read(list));
        Path falsy = dir.resolve("falsy.json");
        Files.writeString(falsy, "{\"events\": false, \"persons\": {}, \"x\": NaN}");
        assertEquals(new GoldFile(null, List.of(), List.of()), GoldFile.read(falsy));
    }
}
