package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.model.EventType;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Each named rule of {@code patterns/triggers.tokensregex} and {@code patterns/sessions.tokensregex} against sentences written for it, tokens tagged by
 * hand (no model loaded). {@code triggers.tsv}: rule name, sentence, whether the rule matches it. A token is
 * {@code word} or {@code word/TAG/lemma/NER} with empty parts left at their defaults (no tag, the lower-case
 * word as lemma, NER "O"), e.g. {@code met/VBD/meet} or {@code Orlova/NNP//PERSON}.
 */
class TriggerPatternsTest {

    private static final Path CASES = Path.of("src/test/resources/extract/patterns/triggers.tsv");

    record Case(int line, String rule, String sentence, boolean matches) {
    }

    private static List<Case> cases() throws IOException {
        return CaseFile.rows(CASES, "rule<TAB>sentence<TAB>yes|no").stream()
                .map(r -> new Case(r.line(), r.columns()[0], r.columns()[1], r.yes())).toList();
    }

    /** A sentence of hand-tagged tokens. */
    static Words words(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String t : tagged.trim().split("\\s+")) {
            String[] parts = t.split("/", -1);
            String word = parts[0];
            String tag = parts.length > 1 ? parts[1] : "";
            String lemma = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : word.toLowerCase(Locale.ROOT);
            String ner = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : "O";
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(word, begin, text.length(), tag, lemma, ner));
        }
        return new Words(new Sentence(0, 0, text.length(), text.toString(), tokens));
    }

    /** The rules of both bundled files. */
    private static List<TriggerPatterns.Rule> allRules() {
        List<TriggerPatterns.Rule> all = new ArrayList<>(TriggerPatterns.triggers().rules());
        all.addAll(TriggerPatterns.sessionCues().rules());
        return all;
    }

    private static TriggerPatterns.Rule rule(String name) {
        return allRules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule named " + name + " in the pattern files"));
    }

    @TestFactory
    Stream<DynamicTest> eachRuleMatchesItsPositiveSentencesAndNotItsNegativeOnes() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(
                "line " + c.line() + " " + c.rule() + (c.matches() ? " matches " : " does not match ") + c.sentence(), () -> {
                    boolean matched = !TriggerPatterns.matches(rule(c.rule()), words(c.sentence())).isEmpty();
                    assertEquals(c.matches(), matched, CASES + ":" + c.line() + " " + c.rule() + " on: " + c.sentence());
                }));
    }

    @Test
    void everyRuleHasAPositiveAndANegativeSentence() throws IOException {
        Set<String> positive = new HashSet<>();
        Set<String> negative = new HashSet<>();
        for (Case c : cases()) {
            (c.matches() ? positive : negative).add(c.rule());
        }
        List<String> missing = new ArrayList<>();
        for (TriggerPatterns.Rule r : allRules()) {
            if (!positive.contains(r.name())) {
                missing.add(r.name() + " (no positive sentence)");
            }
            if (!negative.contains(r.name())) {
                missing.add(r.name() + " (no negative sentence)");
            }
        }
        assertTrue(missing.isEmpty(), "rules without test sentences in " + CASES + ": " + missing);
    }

    @Test
    void theTriggerCarriesTheNameOfTheRuleThatFoundIt() {
        List<Trigger> found = TriggerFinder.find(words("Orlova/NNP//PERSON held/VBD/hold talks/NNS/talk with/IN Weber/NNP//PERSON ."), List.of());
        assertEquals(1, found.size());
        assertEquals(EventType.MEETING, found.get(0).type());
        assertEquals("meet.talks_with", found.get(0).rule());
        assertEquals(2, found.get(0).start());
    }

    @Test
    void anUnlessRuleStopsItsTypeButNotTheOthers() {
        // "the first leader to visit": no visit; "met the needs": no meeting
        assertTrue(TriggerFinder.find(words("She/PRP is/VBZ/be the first/JJ leader/NN to/TO visit/VB/visit Arvena/NNP//CITY ."), List.of()).isEmpty());
        assertTrue(TriggerFinder.find(words("The/DT plan/NN met/VBD/meet the/DT needs/NNS/need of/IN farmers/NNS ."), List.of()).isEmpty());
        // "called on X to stop" is an appeal; the call group still reads a phone call in the same sentence
        List<Trigger> found = TriggerFinder.find(words(
                "Weber/NNP//PERSON called/VBD/call on/IN Orlova/NNP//PERSON to/TO stop/VB the/DT strikes/NNS by/IN phone/NN ."), List.of());
        assertEquals(List.of("call.by_phone"), found.stream().map(Trigger::rule).toList());
    }

    @Test
    void aTriggerInsideASessionIsLeftToTheSession() {
        Words w = words("The/DT third/JJ meeting/NN of/IN the/DT Joint/NNP Commission/NNP took/VBD/take place/NN .");
        Trigger session = new Trigger(EventType.SESSION, 1, 7, "third meeting of the Joint Commission", "session.numbered_session");
        assertEquals(List.of(session), TriggerFinder.find(w, List.of(session)));
    }

    @Test
    void aSessionIsNamedByItsCue() {
        Words w = words("Orlova/NNP//PERSON chaired/VBD/chair the/DT Joint/NNP Trade/NNP Commission/NNP in/IN Arvena/NNP//CITY .");
        List<Trigger> found = MechanismFinder.find(w);
        assertEquals(1, found.size());
        assertEquals("Joint Trade Commission", found.get(0).mechanism());
        assertEquals("session.attended.took_part", found.get(0).rule());
        assertEquals("session.held.took_place", MechanismFinder.find(words(
                "The/DT Joint/NNP Trade/NNP Commission/NNP took/VBD/take place/NN in/IN Arvena/NNP//CITY .")).get(0).rule());
        // a gathering both were at (GOLD.md, multilateral gatherings), its initials in brackets part of its name
        List<Trigger> sidelines = MechanismFinder.find(words("They/PRP met/VBD/meet on/IN the/DT sidelines/NNS of/IN the/DT"
                + " Andean/NNP Community/NNP (/-LRB- CAN/NNP )/-RRB- summit/NN ./."));
        assertEquals(1, sidelines.size(), sidelines.toString());
        String name = sidelines.get(0).mechanism().replace(" ", "");
        assertEquals("AndeanCommunity(CAN)summit", name); // a hand-built sentence spaces every token
        assertEquals("session.attended.sidelines", sidelines.get(0).rule());
        // a numbered gathering met on the sidelines of is still named by its cue: its tense is the meeting's
        assertEquals("session.attended.sidelines", MechanismFinder.find(words("They/PRP will/MD meet/VB/meet on/IN the/DT"
                + " margins/NNS/margin of/IN the/DT 77th/JJ//ORDINAL Andean/NNP Assembly/NNP ./.")).get(0).rule());
        assertTrue(MechanismFinder.find(words(
                "They/PRP met/VBD/meet within/IN the/DT Joint/NNP Trade/NNP Commission/NNP ,/, which/WDT opened/VBD/open ."))
                .isEmpty());
    }

    @Test
    void anUnnamedGatheringIsNoSession() {
        assertTrue(MechanismFinder.find(words("They/PRP will/MD take/VB/take part/NN in/IN an/DT economic/JJ forum/NN ./.")).isEmpty());
        assertEquals(1, MechanismFinder.find(words("They/PRP will/MD take/VB/take part/NN in/IN the/DT Andean/NNP Economic/NNP"
                + " Forum/NNP ./.")).size());
    }

    @Test
    void aMeetingBetweenPeopleIsNoBodysSessionButARegularFormatIs() {
        assertTrue(MechanismFinder.find(words("It/PRP was/VBD/be the/DT first/JJ//ORDINAL meeting/NN between/IN Ortiz/NNP//PERSON"
                + " and/CC Souza/NNP//PERSON since/IN May/NNP//DATE ./.")).isEmpty());
        assertTrue(MechanismFinder.find(words("It/PRP was/VBD/be the/DT first/JJ//ORDINAL meeting/NN between/IN leaders/NNS/leader"
                + " of/IN the/DT two/CD countries/NNS/country in/IN years/NNS/year ./.")).isEmpty());
        List<Trigger> regular = MechanismFinder.find(words("They/PRP held/VBD/hold the/DT 27th/JJ//ORDINAL regular/JJ meeting/NN"
                + " between/IN the/DT heads/NNS/head of/IN government/NN ./."));
        assertEquals(1, regular.size(), regular.toString());
        assertTrue(regular.get(0).mechanism().startsWith("27th regular meeting between the heads"), regular.get(0).mechanism());
    }

    @Test
    void aRuleIsSkippedOnSentencesWithoutTheWordsItRequires() {
        assertEquals(List.of(Set.of("videoconference", "teleconference")), rule("call.videoconference").required());
        assertEquals(List.of(Set.of("meet")), rule("meet.met").required());
        // "received" or a lemma of the list, then "by"; the word before is needed too
        assertEquals(List.of(Set.of("was", "were", "being", "been"), Set.of("greeted", "received", "hosted", "welcomed"), Set.of("by")),
                rule("meet.was_received_by").required());
        // an alternation needs one of its branches' words: "arrived in", "arrived here", "arrived at"
        assertTrue(rule("visit.arrived_in").required().contains(Set.of("in", "at", "here")));
        assertFalse(RequiredWords.mayMatch(rule("meet.met").required(), Set.of("talks", "talk")));
        assertTrue(RequiredWords.mayMatch(rule("meet.met").required(), Set.of("met", "meet")));
    }

    @Test
    void theSharedRulesGiveTheSameTriggersInParallelThreads() throws Exception {
        List<Words> sentences = new ArrayList<>();
        for (Case c : cases()) {
            sentences.add(words(c.sentence()));
        }
        List<List<Trigger>> alone = sentences.stream().map(w -> TriggerFinder.find(w, MechanismFinder.find(w))).toList();
        assertTrue(alone.stream().mapToInt(List::size).sum() > 50, "the test sentences state exchanges");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<Trigger>>>> runs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                runs.add(pool.submit(() -> sentences.stream().map(w -> TriggerFinder.find(w, MechanismFinder.find(w))).toList()));
            }
            for (var run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBadRuleFileNamesTheLineAndTheProblem() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TriggerPatterns.parse("test.tokensregex",
                List.of("# a comment", "MEETING find meet.x (?$t /met/", "")));
        assertTrue(e.getMessage().startsWith("test.tokensregex:2: rule meet.x does not compile"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> TriggerPatterns.parse("test.tokensregex",
                List.of("MEETING find meet.x /met/")));
        assertTrue(e.getMessage().contains("no trigger group"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> TriggerPatterns.parse("test.tokensregex",
                List.of("MEETING find meet.x (?$t /met/)", "MEETING find meet.x (?$t /met/)")));
        assertTrue(e.getMessage().contains("used twice"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> TriggerPatterns.parse("test.tokensregex",
                List.of("GREETING find greet.x (?$t /hello/)")));
        assertTrue(e.getMessage().contains("unknown event type"), e.getMessage());
    }

    @Test
    void theBundledRulesLoadOnceAndCoverEveryTypeButSessions() {
        assertTrue(TriggerPatterns.triggers() == TriggerPatterns.triggers());
        assertEquals(List.of(EventType.CALL, EventType.MEETING, EventType.VISIT, EventType.MESSAGE, EventType.AGREEMENT),
                TriggerPatterns.triggers().typeOrder());
        assertFalse(TriggerPatterns.triggers().rules().isEmpty());
    }
}
