package org.parley.clean;

import java.util.Arrays;

/**
 * Maps each character offset of a cleaned text back to the offset of the same character in the
 * original text, so evidence found in the cleaned text can be shown where it stands in the article.
 * Characters the cleaner inserted (a space between glued sentences) map to the next original one.
 */
public final class OffsetMap {

    private final int[] toOriginal;

    /** @param toOriginal one entry per cleaned character plus one for the end position */
    public OffsetMap(int[] toOriginal) {
        this.toOriginal = toOriginal.clone();
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

    public int cleanedLength() {
        return toOriginal.length - 1;
    }
}
