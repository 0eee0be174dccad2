package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words CoreNLP's NER works on: its tokens, with those that a hyphen split joined again
 * ("Sino", "-", "US" is one word "Sino-US"), unless the hyphen comes before one of a few words
 * ("Beijing-based" stays three). CoreNLP (4.5, {@code ner.useNERSpecificTokenization}, on by default)
 * runs its classifiers and its fine-grained step on these words and gives every token of a word the
 * word's tag; {@link FineGrainedTagger} must see the same words to give the same tags.
 */
final class NerWords {

    /** CoreNLP's NERCombinerAnnotator.nerSpecificTokenizationExceptions. */
    private static final Set<String> KEPT_APART = Set.of("based", "area", "registered", "headquartered", "native",
            "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    private NerWords() {
    }

    /** The words of a sentence, each as the index of its first token and the index after its last. */
    static List<int[]> spans(List<CoreLabel> tokens) {
        List<int[]> spans = new ArrayList<>();
        StringBuilder lastWord = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            boolean joined = false;
            if (last != null && nothingAfter(tokens.get(last[1] - 1))) {
                if ("-".equals(word)) {
                    joined = i + 1 < tokens.size() && !KEPT_APART.contains(tokens.get(i + 1).word());
                } else {
                    joined = lastWord.length() > 0 && lastWord.charAt(lastWord.length() - 1) == '-' && !KEPT_APART.contains(word);
                }
            }
            if (joined) {
                last[1] = i + 1;
                lastWord.append(word);
            } else {
                spans.add(new int[] {i, i + 1});
                lastWord.setLength(0);
                lastWord.append(word);
            }
        }
        return spans;
    }

    /** No white space between this token and the next (CoreNLP's afterIsEmpty). */
    private static boolean nothingAfter(CoreLabel token) {
        return token.containsKey(CoreAnnotations.AfterAnnotation.class) && "".equals(token.after());
    }
}
