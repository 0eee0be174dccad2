package org.parley.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's word handling: NFKD, drop everything non-ASCII, lower case, runs of
 * {@code [a-z]}, minus stop words. Mechanisms and locations keep words of 3+ letters
 * ({@code norm_tokens}); names keep 2+ letters so that "Xi" survives ({@code name_tokens}).
 * Extraction and resolution match names the same way the scorer does, so it lives apart from all three.
 */
public final class NameTokens {

    private static final Set<String> STOP =
            Set.of("the", "of", "and", "for", "on", "in", "a", "an", "to", "with", "between");

    private NameTokens() {
    }

    /** score.py {@code norm_tokens}: for mechanisms and locations. */
    public static Set<String> normTokens(String text) {
        return new LinkedHashSet<>(words(text, 3));
    }

    /** score.py {@code name_tokens}: for person names. */
    public static List<String> nameTokens(String name) {
        return words(name, 2);
    }

    /**
     * score.py {@code person_match}: a shared word, and the words the names do not share
     * alike up to spelling (edit distance 2); a one-word name matches any name containing it.
     */
    public static boolean samePerson(String a, String b) {
        Set<String> wordsA = new HashSet<>(nameTokens(a));
        Set<String> wordsB = new HashSet<>(nameTokens(b));
        Set<String> shared = new HashSet<>(wordsA);
        shared.retainAll(wordsB);
        if (shared.isEmpty()) {
            return false;
        }
        if (wordsA.size() == 1 || wordsB.size() == 1) {
            return true;
        }
        Set<String> restA = new HashSet<>(wordsA);
        restA.removeAll(wordsB);
        Set<String> restB = new HashSet<>(wordsB);
        restB.removeAll(wordsA);
        if (restA.isEmpty() || restB.isEmpty()) {
            return true;
        }
        for (String x : restA) {
            for (String y : restB) {
                if (editDistance(x, y) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Levenshtein distance (insert, delete, substitute all cost 1). */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), substitute);
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static List<String> words(String text, int minLength) {
        String folded = asciiFold(text == null ? "" : text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && folded.charAt(i) >= 'a' && folded.charAt(i) <= 'z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = folded.substring(start, i);
                if (word.length() >= minLength && !STOP.contains(word)) {
                    out.add(word);
                }
                start = -1;
            }
        }
        return out;
    }

    /** NFKD then drop non-ASCII (Python's {@code encode("ascii", "ignore")}), then lower case. */
    private static String asciiFold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return sb.toString();
    }
}
