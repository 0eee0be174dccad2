package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into an FTS5 query that cannot fail to parse: each word quoted, all required, each a
 * prefix ("rail" finds "railway"); with the porter tokenizer of 104-search-stems "visits" finds "visited". The
 * search page and the timeline's words filter ask the same. Operators, quotes and brackets a user types are
 * taken as separators, not syntax.
 */
final class FtsQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 16;

    private FtsQuery() {
    }

    /** @throws IllegalArgumentException when the text holds no word */
    static String prefixes(String text) {
        return String.join(" ", words(text).stream().map(w -> '"' + w + "\"*").toList());
    }

    /**
     * The same words, each searched in the evidence column of timeline_search (sqlite/120), and each side
     * (a country code, letters only, else left to the caller's own check) in its sides column.
     */
    static String timeline(String text, List<String> sides) {
        List<String> terms = new ArrayList<>(words(text).stream().map(w -> "evidence : \"" + w + "\"*").toList());
        for (String side : sides) {
            if (side.matches("[A-Za-z]+")) {
                terms.add("sides : \"" + side + '"');
            }
        }
        return String.join(" AND ", terms);
    }

    /**
     * The words of {@code text} (letters and digits), at most {@value #MAX_WORDS}; shared with PostgreSQL's
     * search, so both take the same words from what a user typed.
     *
     * @throws IllegalArgumentException when the text holds no word
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no word to search for in '" + text + "'");
        }
        return words;
    }
}
