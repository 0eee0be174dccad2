package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into an FTS5 query that cannot fail to parse: each word quoted, all required; with the
 * porter tokenizer of 104-search-stems "visits" finds "visited". The search page takes each word as a prefix too
 * ("rail" finds "railway"); the timeline's words filter does not, as it checks the query against one event at a
 * time, and FTS5 reads every word a prefix begins again for each such check (seconds where a word takes 0.1 ms).
 * Operators, quotes and brackets a user types are taken as separators, not syntax.
 */
final class FtsQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 16;

    private FtsQuery() {
    }

    /** @throws IllegalArgumentException when the text holds no word */
    static String of(String text) {
        return String.join(" ", words(text).stream().map(w -> '"' + w + '"').toList());
    }

    /** The same, each word a prefix: what the search page asks. */
    static String prefixes(String text) {
        return String.join(" ", words(text).stream().map(w -> '"' + w + "\"*").toList());
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
