package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.nlp.DependencyParses;
import org.parley.nlp.Parse;

/**
 * Each named rule of {@code patterns/frames.semgrex} on sentences written for it, tagged by hand and parsed
 * by CoreNLP's dependency parser ({@code syntax.tsv}): the rule matches about the given word, or does not.
 */
class SyntaxPatternsTest {

    private static final Path CASES = Path.of("src/test/resources/extract/patterns/syntax.tsv");

    record Case(int line, String rule, String sentence, String word, boolean matches) {
    }

    private static List<Case> cases() throws IOException {
        return CaseFile.rows(CASES, "rule<TAB>sentence<TAB>word<TAB>yes|no").stream()
                .map(r -> new Case(r.line(), r.columns()[0], r.columns()[1], r.columns()[2], r.yes())).toList();
    }

    private static SyntaxPatterns.Rule rule(String name) {
        return SyntaxPatterns.frames().rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + name));
    }

    @Test
    void everyRuleMatchesItsOwnSentenceAboutItsWordAndNotTheOther() throws IOException {
        Set<String> positive = new HashSet<>();
        Set<String> negative = new HashSet<>();
        for (Case c : cases()) {
            Words w = TriggerPatternsTest.words(c.sentence());
            Parse parse = DependencyParses.shared().parse(w.sentence);
            boolean about = SyntaxPatterns.matches(rule(c.rule()), parse).stream()
                    .anyMatch(m -> w.word[m.node(m.rule().kind().about)].equals(c.word()));
            assertEquals(c.matches(), about, CASES + ":" + c.line() + " " + c.rule() + " on: " + c.sentence()
                    + "\n parse: " + parse.arcs());
            (c.matches() ? positive : negative).add(c.rule());
        }
        for (SyntaxPatterns.Rule r : SyntaxPatterns.frames().rules()) {
            assertTrue(positive.contains(r.name()) && negative.contains(r.name()),
                    r.name() + " needs a sentence it matches and one it does not in " + CASES);
        }
    }

    @Test
    void aSentenceWithoutTheWordsOfAnyRuleNeedsNoParse() {
        assertEquals(Set.of("will", "shall"), rule("planned.will_verb").required());
        assertTrue(SyntaxPatterns.frames().mayMatch(SyntaxPatterns.Kind.PLANNED, Set.of("she", "will", "visit")));
        assertFalse(SyntaxPatterns.frames().mayMatch(SyntaxPatterns.Kind.PLANNED, Set.of("she", "visit", "lima")));
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SyntaxPatterns.parse("x.semgrex", List.of("# comment", "LATER planned.x {}=trigger >aux {}")));
        assertEquals("x.semgrex:2: unknown kind LATER", unknown.getMessage());
        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
                () -> SyntaxPatterns.parse("x.semgrex", List.of("PLANNED planned.x {} >aux {}")));
        assertEquals("x.semgrex:1: a PLANNED rule names the word it is about as =trigger", unnamed.getMessage());
        IllegalArgumentException undefined = assertThrows(IllegalArgumentException.class,
                () -> SyntaxPatterns.parse("x.semgrex", List.of("PLANNED planned.x {}=trigger >aux $SOON")));
        assertEquals("x.semgrex:1: undefined $SOON", undefined.getMessage());
    }
}
