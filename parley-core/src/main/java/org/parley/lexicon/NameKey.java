package org.parley.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.names.NameTokens;

/**
 * Names reduced to what two spellings of one name have in common: lower case, no accents, and
 * transliteration variants folded (Sergei/Sergey, Viacheslav/Vyacheslav, Matviyenko/Matvienko,
 * Yuriy/Yuri), so that those compare equal while Wang Yi and Wang Huning do not.
 */
public final class NameKey {

    private NameKey() {
    }

    /** Lower case, accents dropped, runs of anything but letters and digits turned into one space. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        String plain = decomposed.replaceAll("\\p{M}+", "").replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The words of a person's name, each transliteration-folded; honorifics in front dropped ("H.E. Dr."). */
    public static List<String> tokens(String name) {
        String folded = fold(name);
        List<String> out = new ArrayList<>();
        for (String word : NameWords.withoutHonorifics(folded.isEmpty() ? List.of() : List.of(folded.split(" ")))) {
            out.add(translit(word));
        }
        return out;
    }

    /** The whole name as one key: its folded words joined by spaces. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    /** y→i, then ii→i and ie→e: Sergey/Sergei, Vyacheslav/Viacheslav, Matviyenko/Matvienko, Yuriy/Yuri. */
    static String translit(String word) {
        String w = word.replace('y', 'i').replace("ii", "i");
        return w.length() > 3 ? w.replace("ie", "e") : w;
    }

    /**
     * Whether two names can name one person: every word of the shorter name matches a word of the
     * longer one, at least one of them exactly, the others up to a small spelling difference. Short
     * words must be equal ("Li Qiang" is not "Li Keqiang", "Wang Yi" is not "Wang Yu").
     */
    public static boolean compatible(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = new ArrayList<>(x.size() <= y.size() ? y : x);
        boolean exact = false;
        for (String word : shorter) {
            if (longer.remove(word)) {
                exact = true;
                continue;
            }
            String near = longer.stream().filter(w -> alike(word, w)).findFirst().orElse(null);
            if (near == null) {
                return false;
            }
            longer.remove(near);
        }
        return exact;
    }

    /** Spelling variants: same first letter, distance 1 from 5 letters on, 2 from 8 letters on. */
    public static boolean alike(String a, String b) {
        int shortest = Math.min(a.length(), b.length());
        if (shortest < 5 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int allowed = shortest >= 8 ? 2 : 1;
        return NameTokens.editDistance(a, b) <= allowed;
    }
}
