package org.parley.clean;

/**
 * Whether a line reads like a sentence of news rather than page furniture. Without a parser a verb
 * cannot be seen, but running prose is long and mostly lower-case words, while menus, headlines
 * and bylines are short or capitalised. Rules that drop lines by their look spare prose: losing a
 * sentence of news costs more than keeping a line of noise.
 */
final class Prose {

    /** More words than this, and enough lower-case ones, make a line prose. */
    static final int MIN_WORDS = 12;
    private static final int MIN_LOWERCASE_WORDS = 4;

    private Prose() {
    }

    static boolean isProse(String line) {
        String[] words = line.trim().split("\\s+");
        if (words.length <= MIN_WORDS) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return lower >= MIN_LOWERCASE_WORDS;
    }

    static int wordCount(String line) {
        String t = line.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
