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
     * This text with {@code c} inserted before {@code index}. An inserted character has no original
     * of its own, so it is mapped to the original character that follows it (or just past the
     * last one when appended at the end).
     */
    MappedText insert(int index, char c) {
        int origin = index < length() ? origins[index] : (length() == 0 ? 0 : origins[length() - 1] + 1);
        int[] o = new int[length() + 1];
        System.arraycopy(origins, 0, o, 0, index);
        o[index] = origin;
        System.arraycopy(origins, index, o, index + 1, length() - index);
        BitSet ins = new BitSet();
        for (int i = inserted.nextSetBit(0); i >= 0; i = inserted.nextSetBit(i + 1)) {
            ins.set(i < index ? i : i + 1);
        }
        ins.set(index);
        return new MappedText(text.substring(0, index) + c + text.substring(index), o, ins);
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
