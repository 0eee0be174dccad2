package org.parley.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 64-bit SimHash over word 5-gram shingles of normalised text (case, accents, punctuation and
 * white space ignored). Each distinct shingle votes on every bit, so the fingerprints of two texts
 * differ in about {@code 64 * angle / pi} bits, the angle between their shingle sets: a re-headed
 * copy of a story, or one with a sentence changed, shares most shingles and lands a few bits away;
 * two stories written separately share almost no 5-word runs and land about 32 bits apart.
 * Pure functions, no state.
 */
public final class NearDuplicates {

    /** Words per shingle: long enough that separately written stories share almost none. */
    static final int SHINGLE_WORDS = 5;

    private NearDuplicates() {
    }

    /** The SimHash of the text; texts without words all get 0 and should not be compared. */
    public static long fingerprint(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        Set<Long> shingles = new HashSet<>();
        if (words.size() < SHINGLE_WORDS) {
            shingles.add(hash(String.join(" ", words)));
        }
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            shingle.setLength(0);
            for (int j = i; j < i + SHINGLE_WORDS; j++) {
                shingle.append(words.get(j)).append(' ');
            }
            shingles.add(hash(shingle.toString()));
        }
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** The number of bits in which two fingerprints differ, 0 to 64. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Lower-case words without accents; everything that is not a letter or digit separates words. */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean inWord = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(plain.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** FNV-1a, then MurmurHash3's finaliser so that every bit depends on every character. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
