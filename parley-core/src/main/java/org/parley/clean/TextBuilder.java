package org.parley.clean;

import java.util.BitSet;
import java.util.List;

/**
 * Joins the kept lines into the cleaned text, one line per paragraph separated by a single
 * newline (the NLP stage treats a newline as a sentence break), and builds the offset map from
 * the origins every kept character carries.
 */
final class TextBuilder {

    /** The cleaned text and its map back to the original. */
    record Built(String text, OffsetMap offsets) {
    }

    private TextBuilder() {
    }

    static Built build(String original, List<MappedText> lines) {
        StringBuilder text = new StringBuilder();
        int total = lines.stream().mapToInt(MappedText::length).sum() + Math.max(0, lines.size() - 1);
        int[] map = new int[total + 1];
        BitSet inserted = new BitSet();
        int lastOrigin = -1;
        for (MappedText line : lines) {
            if (text.length() > 0) {
                // the separator stands for the line end that followed the previous line; where that
                // was an HTML tag rather than a newline, it is a character the cleaner put in
                int origin = lastOrigin + 1;
                int newline = origin;
                while (newline < original.length() && original.charAt(newline) != '\n'
                        && Character.isWhitespace(original.charAt(newline))) {
                    newline++;
                }
                if (newline < original.length() && original.charAt(newline) == '\n') {
                    origin = newline;
                } else {
                    inserted.set(text.length());
                }
                map[text.length()] = Math.min(origin, original.length());
                text.append('\n');
            }
            for (int i = 0; i < line.length(); i++) {
                if (line.isInserted(i)) {
                    inserted.set(text.length());
                }
                map[text.length()] = line.originOf(i);
                text.append(line.text().charAt(i));
            }
            lastOrigin = line.originOf(line.length() - 1);
        }
        map[text.length()] = lastOrigin + 1;
        return new Built(text.toString(), new OffsetMap(map, inserted));
    }
}
