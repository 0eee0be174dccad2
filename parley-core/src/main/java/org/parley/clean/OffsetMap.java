package org.parley.clean;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Maps each character offset of a cleaned text back to the offset of the same character in the
 * original text, so evidence found in the cleaned text can be shown where it stands in the article.
 * Characters the cleaner inserted (a space between glued sentences, a newline between paragraphs
 * that were not separated by a newline in the original) map to the next original one.
 */
public final class OffsetMap {

    private final int[] toOriginal;
    private final BitSet inserted;

    /** @param toOriginal one entry per cleaned character plus one for the end position */
    public OffsetMap(int[] toOriginal) {
        this(toOriginal, new BitSet());
    }

    /**
     * @param toOriginal one entry per cleaned character plus one for the end position
     * @param inserted   cleaned offsets of characters that have no original of their own
     */
    public OffsetMap(int[] toOriginal, BitSet inserted) {
        this.toOriginal = toOriginal.clone();
        this.inserted = (BitSet) inserted.clone();
    }

    public static OffsetMap identity(int length) {
        int[] m = new int[length + 1];
        Arrays.setAll(m, i -> i);
        return new OffsetMap(m);
    }

    /** Original offset of the cleaned character at {@code cleanedOffset} (0..length inclusive). */
    public int toOriginal(int cleanedOffset) {
        return toOriginal[Math.max(0, Math.min(cleanedOffset, toOriginal.length - 1))];
    }

    /** Original end offset for a cleaned span ending (exclusive) at {@code cleanedEnd}. */
    public int toOriginalEnd(int cleanedEnd) {
        if (cleanedEnd <= 0) {
            return toOriginal(0);
        }
        return toOriginal(cleanedEnd - 1) + 1;
    }

    /** True when the cleaner put this character in: it is not in the original text. */
    public boolean isInserted(int cleanedOffset) {
        return inserted.get(cleanedOffset);
    }

    public int cleanedLength() {
        return toOriginal.length - 1;
    }
}
