package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/** One sentence's tokens as parallel arrays, with the small predicates the rules read. */
final class Words {

    final Sentence sentence;
    final String[] word;
    final String[] lower;
    final String[] lemma;
    final String[] pos;
    final String[] ner;
    final List<String> wordList;

    Words(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        word = new String[n];
        lower = new String[n];
        lemma = new String[n];
        pos = new String[n];
        ner = new String[n];
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = sentence.tokens().get(i);
            word[i] = t.word();
            lower[i] = t.word().toLowerCase(Locale.ROOT);
            lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
            pos[i] = t.pos() == null ? "" : t.pos();
            ner[i] = t.ner() == null ? "O" : t.ner();
            list.add(word[i]);
        }
        wordList = List.copyOf(list);
    }

    int size() {
        return word.length;
    }

    boolean isCapitalised(int i) {
        return i >= 0 && i < size() && !word[i].isEmpty() && Character.isUpperCase(word[i].charAt(0));
    }

    boolean isVerb(int i) {
        return i >= 0 && i < size() && pos[i].startsWith("VB");
    }

    boolean is(int i, String... lowers) {
        if (i < 0 || i >= size()) {
            return false;
        }
        for (String s : lowers) {
            if (lower[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    boolean lemmaIs(int i, String... lemmas) {
        if (i < 0 || i >= size()) {
            return false;
        }
        for (String s : lemmas) {
            if (lemma[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    boolean nerIs(int i, String... tags) {
        if (i < 0 || i >= size()) {
            return false;
        }
        for (String s : tags) {
            if (ner[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size() && !word[i].isEmpty() && !Character.isLetterOrDigit(word[i].charAt(0))
                && !word[i].equals("'s") && !word[i].equals("-");
    }

    /** Character offset (cleaned text) where token i begins / ends. */
    int begin(int i) {
        return sentence.tokens().get(i).begin();
    }

    int end(int i) {
        return sentence.tokens().get(i).end();
    }

    /** The sentence text covering tokens [from, to). */
    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        int b = begin(from) - sentence.begin();
        int e = end(to - 1) - sentence.begin();
        return sentence.text().substring(Math.max(0, b), Math.min(sentence.text().length(), e));
    }

    /** Index of the first token that starts at or after cleaned offset {@code offset}. */
    int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) {
            if (end(i) > offset) {
                return i;
            }
        }
        return size();
    }
}
