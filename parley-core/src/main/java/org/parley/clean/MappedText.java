package org.parley.clean;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A piece of text that remembers, for every character, where it stood in the original article.
 * Every cleaning step works on these instead of plain strings, so offsets survive any number of
 * cuts and insertions without being recomputed.
 */
final class MappedText {

    private final String text;
    private final int[] origins;
    private final BitSet inserted;

    private MappedText(String text, int[] origins, BitSet inserted) {
        this.text = text;
        this.origins = origins;
        this.inserted = inserted;
    }

    /** The original characters {@code start..end} (exclusive), untouched. */
    static MappedText of(String original, int start, int end) {
        int[] o = new int[end - start];
        Arrays.setAll(o, i -> start + i);
        return new MappedText(original.substring(start, end), o, new BitSet());
    }

    static MappedText empty() {
        return new MappedText("", new int[0], new BitSet());
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int originOf(int index) {
        return origins[index];
    }

    boolean isInserted(int index) {
        return inserted.get(index);
    }

    MappedText sub(int from, int to) {
        return new MappedText(text.substring(from, to), Arrays.copyOfRange(origins, from, to),
                inserted.get(from, to));
    }

    MappedText sub(int from) {
        return sub(from, length());
    }

    /** Without leading and trailing white space, including no-break and zero-width spaces. */
    MappedText strip() {
        int from = 0;
        int to = length();
        while (from < to && isBlankChar(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlankChar(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == length() ? this : sub(from, to);
    }

    /**
     * This text with {@code c} inserted before each of {@code indices} (ascending). An inserted
     * character has no original of its own, so it is mapped to the original character that
     * follows it (or just past the last one when appended at the end).
     */
    MappedText insertBefore(int[] indices, char c) {
        if (indices.length == 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(length() + indices.length);
        int[] o = new int[length() + indices.length];
        BitSet ins = new BitSet();
        int next = 0;
        for (int i = 0; i <= length(); i++) {
            while (next < indices.length && indices[next] == i) {
                o[sb.length()] = i < length() ? origins[i] : (length() == 0 ? 0 : origins[length() - 1] + 1);
                ins.set(sb.length());
                sb.append(c);
                next++;
            }
            if (i < length()) {
                if (inserted.get(i)) {
                    ins.set(sb.length());
                }
                o[sb.length()] = origins[i];
                sb.append(text.charAt(i));
            }
        }
        return new MappedText(sb.toString(), o, ins);
    }

    /**
     * This text with the character at {@code index} replaced by {@code c}. It keeps the origin of the
     * character it replaces but, no longer being the original's, is marked as inserted.
     */
    MappedText withCharAt(int index, char c) {
        char[] chars = text.toCharArray();
        chars[index] = c;
        BitSet ins = (BitSet) inserted.clone();
        ins.set(index);
        return new MappedText(new String(chars), origins, ins);
    }

    /** This text followed by {@code other}. */
    MappedText append(MappedText other) {
        int[] o = Arrays.copyOf(origins, length() + other.length());
        System.arraycopy(other.origins, 0, o, length(), other.length());
        BitSet ins = (BitSet) inserted.clone();
        for (int i = other.inserted.nextSetBit(0); i >= 0; i = other.inserted.nextSetBit(i + 1)) {
            ins.set(length() + i);
        }
        return new MappedText(text + other.text, o, ins);
    }

    static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\uFE0F' || c == '\u200E' || c == '\u200F';
    }

    @Override
    public String toString() {
        return text;
    }
}
