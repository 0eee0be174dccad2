package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.lexicon.NameWords;

/**
 * The NLP stage runs CoreNLP's entity classifier only on sentences with a word of the lexicon's
 * {@code exchange-words.txt} (or a title, or the lead). A sentence some trigger rule matches must be one
 * of them: every rule needs, among the words it requires, one list that lies wholly in the exchange words.
 */
class ExchangeWordsTest {

    /**
     * "Putin is in China": a country and a person, no exchange word; the sentence is classified when a title
     * names the person ("President Putin is in China") or it is in the lead.
     */
    private static final Set<String> NEEDS_A_TITLE_OR_THE_LEAD = Set.of("visit.is_in_a_country");

    @Test
    void everyTriggerRuleNeedsAnExchangeWord() {
        Set<String> exchange = NameWords.wordList("exchange-words");
        List<String> uncovered = new ArrayList<>();
        for (TriggerPatterns.Rule r : TriggerPatterns.triggers().rules()) {
            if (r.unless() || NEEDS_A_TITLE_OR_THE_LEAD.contains(r.name())) {
                continue; // a rule that only rules a match out needs no classifier of its own
            }
            boolean covered = r.required().stream().anyMatch(words -> !words.isEmpty() && exchange.containsAll(words));
            if (!covered) {
                uncovered.add(r.name() + " " + r.required());
            }
        }
        assertEquals(List.of(), uncovered, "trigger rules that need no word of exchange-words.txt");
    }

    /** A session is found by its head word ("the 9th meeting of the ... Committee"); its cues need none. */
    @Test
    void everyHeadOfASessionsNameIsAnExchangeWord() {
        Set<String> missing = new java.util.TreeSet<>(Lexicon.MECHANISM_HEADS);
        missing.removeAll(NameWords.wordList("exchange-words"));
        assertEquals(Set.of(), missing);
    }
}
