package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words CoreNLP's NER sees, on tokens made here (no model is loaded). */
class NerWordsTest {

    /** Tokens from "word|after" pairs: the token's text and the white space after it. */
    private static List<CoreLabel> tokens(String... wordsAndAfter) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : wordsAndAfter) {
            String[] parts = w.split("\\|", -1);
            CoreLabel token = new CoreLabel();
            token.setWord(parts[0]);
            token.setAfter(parts[1]);
            tokens.add(token);
        }
        return tokens;
    }

    private static String spans(List<CoreLabel> tokens) {
        StringBuilder out = new StringBuilder();
        for (int[] span : NerWords.spans(tokens)) {
            out.append(span[0]).append('-').append(span[1]).append(' ');
        }
        return out.toString().trim();
    }

    @Test
    void tokensSplitAtAHyphenAreOneWord() {
        assertEquals("0-1 1-4 4-5", spans(tokens("the| ", "Sino|", "-|", "US| ", "talks|")));
    }

    @Test
    void aHyphenBeforeBasedOrBornStaysApart() {
        assertEquals("0-1 1-2 2-3", spans(tokens("Beijing|", "-|", "based| ")));
        assertEquals("0-1 1-2 2-3", spans(tokens("US|", "-|", "born|")));
    }

    @Test
    void spacesAroundAHyphenKeepTheTokensApart() {
        assertEquals("0-1 1-2 2-3", spans(tokens("Paris| ", "-| ", "Berlin|")));
        assertEquals("0-1 1-2", spans(tokens("Paris|", "-|")));
    }

    @Test
    void aTokenEndingInAHyphenTakesTheNext() {
        assertEquals("0-2 2-3", spans(tokens("anti-|", "war| ", "protest|")));
    }
}
