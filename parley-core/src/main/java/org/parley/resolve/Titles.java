package org.parley.resolve;

import java.util.Locale;
import java.util.regex.Pattern;

/** Titles as the knowledge base keeps them: dateline debris cut off, past titles recognised. */
final class Titles {

    /** "MOSCOW - Russian President", "MOSCOW (Reuters) -Russian President": a dateline glued in front. */
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .,'()]*?(\\([A-Za-z]+\\))?\\s*[-–—]+\\s*");
    private static final Pattern PAST = Pattern.compile("^(then|former|ex|late|outgoing|erstwhile)\\b[- ]*",
            Pattern.CASE_INSENSITIVE);

    private Titles() {
    }

    static String clean(String title) {
        String t = title.strip();
        var m = DATELINE.matcher(t);
        if (m.find() && m.end() < t.length() && t.substring(0, m.end()).matches(".*[A-Z]{3,}.*")) {
            t = t.substring(m.end());
        }
        return t.strip();
    }

    /** "then Foreign Minister", "former President": not a title held at the article's date. */
    static boolean past(String title) {
        return PAST.matcher(title).find();
    }

    /** "Finnish counterpart" says who they met, not which office they hold. */
    static boolean counterpart(String title) {
        return title.toLowerCase(Locale.ROOT).contains("counterpart");
    }

    /** The sentence of {@code text} that contains {@code phrase}, or null. */
    static String sentenceWith(String text, String phrase) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf(phrase);
        if (at < 0) {
            return null;
        }
        int begin = at;
        while (begin > 0 && !boundary(text, begin - 1)) {
            begin--;
        }
        int end = at + phrase.length();
        while (end < text.length() && !boundary(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(begin, end).strip();
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                && i > 0 && Character.isLowerCase(text.charAt(i - 1));
    }
}
