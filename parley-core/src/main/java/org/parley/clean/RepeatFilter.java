package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Keeps one copy of what a page says twice: a caption printed two or three times, a headline
 * repeated above the story, a standfirst that the first paragraph then opens with again, a line
 * repeated in lower case. Repeats would otherwise be read as separate reports of the same event.
 * Lines are compared ignoring case, spacing and the style of quotes and apostrophes.
 */
final class RepeatFilter {

    /** A line this short may recur legitimately ("Xi said:"); only whole-line repeats of it go. */
    private static final int MIN_PARTIAL_WORDS = 8;

    private RepeatFilter() {
    }

    static List<MappedText> filter(List<MappedText> lines) {
        List<MappedText> kept = new ArrayList<>();
        NavigableSet<String> keys = new TreeSet<>();
        for (MappedText line : lines) {
            Normalized n = Normalized.of(line.text());
            if (n.key().isEmpty() || isRepeat(n.key(), keys)) {
                continue;
            }
            int cut = repeatedOpening(n, keys);
            MappedText rest = cut > 0 ? line.sub(cut).strip() : line;
            if (!rest.isEmpty()) {
                kept.add(rest);
                keys.add(cut > 0 ? Normalized.of(rest.text()).key() : n.key());
            }
        }
        return kept;
    }

    /** Seen before whole, or a truncated copy of a longer line seen before. */
    private static boolean isRepeat(String key, NavigableSet<String> keys) {
        if (keys.contains(key)) {
            return true;
        }
        // the keys starting with this one sort right after it
        String longer = keys.higher(key);
        return longer != null && longer.startsWith(key) && words(key) >= MIN_PARTIAL_WORDS;
    }

    /**
     * Where the line's own text starts when it opens with an earlier line repeated as its first
     * sentence(s), else 0. Only a cut at a sentence end is taken, so no sentence is split.
     */
    private static int repeatedOpening(Normalized n, NavigableSet<String> keys) {
        String key = n.key();
        int best = 0;
        for (int end = 1; end < key.length(); end++) {
            if (endsSentence(key.substring(end - 1, end)) && keys.contains(key.substring(0, end))
                    && words(key.substring(0, end)) >= MIN_PARTIAL_WORDS) {
                best = end;
            }
        }
        return best == 0 ? 0 : n.rawIndex(best);
    }

    private static boolean endsSentence(String key) {
        char last = key.charAt(key.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"';
    }

    private static int words(String key) {
        return key.split(" ").length;
    }

    /**
     * A comparison key for a line and, for each key character, the index of the raw character it
     * came from, so a cut found on the key can be made on the line.
     */
    record Normalized(String key, int[] toRaw, int rawLength) {

        static Normalized of(String raw) {
            StringBuilder key = new StringBuilder();
            int[] toRaw = new int[raw.length() + 1];
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (MappedText.isBlankChar(c)) {
                    space = key.length() > 0;
                    continue;
                }
                if (space) {
                    toRaw[key.length()] = i;
                    key.append(' ');
                    space = false;
                }
                toRaw[key.length()] = i;
                key.append(fold(c));
            }
            toRaw[key.length()] = raw.length();
            return new Normalized(key.toString(), toRaw, raw.length());
        }

        /** Raw index of the key character at {@code keyIndex} (the raw length at the key's end). */
        int rawIndex(int keyIndex) {
            return keyIndex >= key.length() ? rawLength : toRaw[keyIndex];
        }

        private static char fold(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                default -> Character.toLowerCase(c);
            };
        }
    }
}
