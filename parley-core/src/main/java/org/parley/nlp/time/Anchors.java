package org.parley.nlp.time;

import java.util.Arrays;

/**
 * Where in a text a date can be: the month names, weekday names and digits of the text. Most rules
 * cannot match without one of these close to where the match starts ("from Sunday to ..." starts five
 * characters before its weekday), so a rule's search jumps from one such word to the next instead of
 * trying the pattern at every character. The result is that of the plain search: a match that starts
 * more than {@link #REACH} characters before its anchor is the only thing skipped, and no rule has one.
 */
final class Anchors {

    /** What a rule's every match holds near its start. */
    enum Kind {
        MONTH, WEEKDAY, DIGIT,
        /** "today", "yesterday", "the day before ...", "this morning", "last night". */
        DAY_WORD("today", "tonight", "yesterday", "tomorrow", "day", "night", "morning", "afternoon", "evening"),
        /** "three weeks ago". */
        AGO("ago"),
        /** "this week", "the end of next month", "two-day", "for three weeks". */
        PERIOD("day", "week", "month", "year"),
        /** "week-long". */
        LONG("long"),
        ANY;

        /** Lower-case words the kind is found by, in the lower-cased text (the rules ignore case). */
        private final String[] words;

        Kind(String... words) {
            this.words = words;
        }
    }

    /** The longest lead a rule allows before its anchor ("throughout the first half of March"). */
    static final int REACH = 80;

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final String text;
    private String lower;
    /** Per kind, the anchors' positions in order, found when a rule first asks. */
    private final int[][] byKind = new int[Kind.values().length][];

    private Anchors(String text) {
        this.text = text;
    }

    static Anchors of(String text) {
        return new Anchors(text);
    }

    private int[] positions(Kind kind) {
        int[] at = byKind[kind.ordinal()];
        if (at == null) {
            at = switch (kind) {
                case MONTH -> all(text, MONTHS);
                case WEEKDAY -> all(text, WEEKDAYS);
                case DIGIT -> digits(text);
                default -> all(lower(), kind.words);
            };
            byKind[kind.ordinal()] = at;
        }
        return at;
    }

    private String lower() {
        if (lower == null) {
            // per character, so that positions stay those of the text
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
            lower = new String(chars);
        }
        return lower;
    }

    /**
     * Where a search for a match at or after {@code from} may begin, or -1 when no match can come: before
     * the first anchor at or after {@code from}, less the reach.
     */
    int searchFrom(Kind kind, int from) {
        if (kind == Kind.ANY) {
            return from;
        }
        int[] at = positions(kind);
        int i = Arrays.binarySearch(at, from);
        int next = i >= 0 ? i : -i - 1;
        if (next >= at.length) {
            return -1;
        }
        return Math.max(from, at[next] - REACH);
    }

    private static int[] all(String text, String[] words) {
        int[] found = new int[8];
        int n = 0;
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        int[] sorted = Arrays.copyOf(found, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int[] digits(String text) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }
}
