package org.parley.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A name as matching sees it: its words (folded, transliteration-folded, honorifics in front
 * dropped) and among them the significant ones, without initials ("J.") and particles ("bin", "da").
 */
record HolderName(List<String> words, List<String> significant) {

    /** How closely a written name matches a holder's name; higher is closer. */
    enum Fit {
        NONE, PART, SAME_WORDS, EXACT
    }

    static HolderName of(String written) {
        List<String> words = NameKey.tokens(written);
        List<String> significant = words.stream()
                .filter(w -> w.length() > 1 && !NameWords.particle(w))
                .toList();
        return new HolderName(words, significant);
    }

    /**
     * The same words give EXACT; otherwise both names need two significant words, and every
     * significant word of the shorter must be a word of the longer (one at least exactly, others
     * up to {@link NameKey#alike}): the same number of words gives SAME_WORDS ("Sergei Lavrov",
     * "Sergey Lavrov"), fewer PART ("Lula da Silva" within "Luiz Inácio Lula da Silva", "Vladimir
     * Vladimirovich Putin" around "Vladimir Putin"). One word alone ("Lavrov") matches only a
     * one-word alias ("Jokowi"), and "Wang Yi" never matches "Wang Huning".
     */
    Fit fit(HolderName other) {
        if (words.equals(other.words)) {
            return Fit.EXACT;
        }
        if (significant.size() < 2 || other.significant.size() < 2) {
            return Fit.NONE;
        }
        boolean thisShorter = significant.size() <= other.significant.size();
        List<String> shorter = thisShorter ? significant : other.significant;
        List<String> longer = new ArrayList<>(thisShorter ? other.significant : significant);
        boolean exact = false;
        for (String word : shorter) {
            if (longer.remove(word)) {
                exact = true;
                continue;
            }
            String near = longer.stream().filter(w -> NameKey.alike(word, w)).findFirst().orElse(null);
            if (near == null) {
                return Fit.NONE;
            }
            longer.remove(near);
        }
        if (!exact) {
            return Fit.NONE;
        }
        return longer.isEmpty() ? Fit.SAME_WORDS : Fit.PART;
    }
}
