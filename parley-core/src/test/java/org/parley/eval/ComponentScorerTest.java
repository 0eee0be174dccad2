package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The component figures on small hand-written gold and prediction pairs (fictional names), worked out by hand. */
class ComponentScorerTest {

    private static final EvalPerson VALDANE = new EvalPerson("Rupert Valdane", "GEN");
    private static final EvalPerson MARROW = new EvalPerson("Ilse Marrow", "FRD");
    private static final EvalPerson OSTRIN = new EvalPerson("Piet Ostrin", "FRD");

    private static EvalEvent event(String type, String status, String date, String place, EvalPerson... people) {
        return new EvalEvent(type, status, date, place, List.of(people), null);
    }

    private static GoldFile file(EvalEvent... events) {
        return new GoldFile("a", List.of(events), List.of());
    }

    @Test
    void aTriggerCountsWhenTheArticleHasAnEventOfItsTypeAtAll() {
        GoldFile gold = file(event("meeting", null, null, null, VALDANE, MARROW),
                event("call", null, null, null, VALDANE, OSTRIN),
                event("visit", null, null, null, VALDANE));
        // a meeting with the wrong people still finds the meeting's trigger; the message has no gold of its type
        GoldFile pred = file(event("meeting", null, null, null, OSTRIN),
                event("visit", null, null, null, MARROW),
                event("message", null, null, null, VALDANE, MARROW));
        ComponentCounts c = ComponentScorer.scoreArticle(gold, pred);
        assertEquals(3, c.goldEvents());
        assertEquals(2, c.goldEventsTyped());
        assertEquals(3, c.predicted());
        assertEquals(2, c.predictedTyped());
    }

    @Test
    void aParticipantCountsWhenAnEventOfTheSameTypeNamesThem() {
        GoldFile gold = file(event("meeting", null, null, null, VALDANE, MARROW),
                event("call", null, null, null, VALDANE, OSTRIN));
        // Valdane is named in a meeting ("Valdane" alone is enough, as in score.py) but in no call;
        // Ostrin only in a meeting, so not for the call
        GoldFile pred = file(event("meeting", null, null, null, new EvalPerson("Valdane", "GEN"), OSTRIN),
                event("call", null, null, null, MARROW));
        ComponentCounts c = ComponentScorer.scoreArticle(gold, pred);
        assertEquals(4, c.goldParticipants());
        assertEquals(1, c.participantsFound());
    }

    @Test
    void statusDateAndPlaceAreCountedOnLooseMatchesOnly() {
        GoldFile gold = file(
                event("meeting", "occurred", "2023-07-10", "Port Ellis", VALDANE, MARROW),
                event("call", null, "2023-07", null, VALDANE, OSTRIN),
                event("visit", "planned", null, "Ardmore", VALDANE),
                event("meeting", "occurred", "2023-08-01", "Ardmore", OSTRIN, VALDANE)); // not found
        GoldFile pred = file(
                event("meeting", "occurred", "2023-07", "Port Ellis harbour", VALDANE, MARROW), // month for a day
                event("call", "occurred", "2023-07-03", null, OSTRIN, VALDANE),                 // day inside the month
                event("visit", "occurred", "2023-06-01", null, VALDANE));                       // wrong status, no place
        ComponentCounts c = ComponentScorer.scoreArticle(gold, pred);
        assertEquals(3, c.loose());
        assertEquals(2, c.statusRight(), "absent status counts as occurred; planned is not occurred");
        assertEquals(2, c.looseDated(), "the visit's gold has no date");
        assertEquals(1, c.dateRight(), "only the call is right to gold's precision");
        assertEquals(2, c.placeRight(), "a shared word; both absent; a missing place is wrong");
    }

    @Test
    void figuresAreSharesOfTheSummedCountsWithSidesFromBothRuns() {
        ComponentCounts a = new ComponentCounts(10, 9, 8, 8, 20, 18, 7, 6, 5, 4, 3);
        ComponentCounts b = new ComponentCounts(0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        ComponentReport r = new ComponentReport(a.plus(b), ReproductionTest.fakeReport(), sidesRightOn(3, 4));
        Map<String, Double> m = r.metrics();
        assertEquals(ComponentReport.METRIC_KEYS, List.copyOf(m.keySet()));
        assertEquals(0.9, m.get("trigger.recall"), 1e-12);
        assertEquals(0.8, m.get("trigger.precision"), 1e-12);
        assertEquals(0.9, m.get("participants.found"), 1e-12);
        assertEquals(0.75, m.get("persons.side.no-kb"), 1e-12);
        assertEquals(6 / 7.0, m.get("status.right"), 1e-12);
        assertEquals(0.8, m.get("date.right"), 1e-12);
        assertEquals(3 / 7.0, r.placeRight(), 1e-12);
        assertEquals("side right 1.000 of 7 persons found with the knowledge base, 0.750 of 4 without (--no-kb)",
                r.lines().get(3));
        assertEquals("date right 0.800 of 5 loose matches whose gold event has a date (to gold's precision)",
                r.lines().get(5));
    }

    @Test
    void nothingToCountGivesZeroNotAnError() {
        ComponentReport r = new ComponentReport(ComponentCounts.ZERO, sidesRightOn(0, 0), sidesRightOn(0, 0));
        assertEquals(0.0, r.triggerRecall());
        assertEquals(0.0, r.dateRight());
        assertEquals(0.0, r.metrics().get("persons.side.no-kb"));
    }

    @Test
    void componentFiguresAreCheckedLikeTheScorersAndAMissingOneFails() throws IOException {
        ReproductionConfig config = ReproductionTest.config("strict.f1=0.800\ntrigger.recall=0.902\ndate.right=0.790\n");
        CorpusFingerprint corpus = new CorpusFingerprint(2, "abc123");
        ComponentReport parts = new ComponentReport(new ComponentCounts(10, 9, 8, 8, 20, 18, 7, 6, 5, 4, 3),
                ReproductionTest.fakeReport(), sidesRightOn(3, 4));
        Reproduction.Result r = Reproduction.check(ReproductionTest.fakeReport(), parts.metrics(), config, corpus);
        assertEquals(List.of("OK trigger.recall expected 0.902 actual 0.900 diff -0.002",
                "FAIL date.right expected 0.790 actual 0.800 diff +0.010"), r.lines().subList(4, 6));
        Reproduction.Result scorerOnly = Reproduction.check(ReproductionTest.fakeReport(), config, corpus);
        assertEquals("FAIL trigger.recall expected 0.902 not measured", scorerOnly.lines().get(4));
        assertThrows(IOException.class, () -> ReproductionConfig.parse("x", new StringReader(
                "corpus=c\nfiles=1\nchecksum=a\ntolerance=0.1\ntrigger.recal=0.9\n")));
    }

    /** A scorer report of one article whose {@code found} persons have {@code right} sides. */
    private static ScoreReport sidesRightOn(int right, int found) {
        Counts counts = new Counts(1, 0, 0, 0, 0, 0, found, found, right, 0, 0);
        return new ScoreReport(List.of(new ArticleScore("a.json", counts, List.of(), List.of())), List.of());
    }
}
