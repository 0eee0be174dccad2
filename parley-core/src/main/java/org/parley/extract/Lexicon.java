package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules share, read once from {@code lexicon/extract-words.txt}, where each list is
 * written once under its name. Lower case; matched against single tokens. (Trigger words are in
 * patterns/triggers.tokensregex.)
 */
final class Lexicon {

    private static final String RESOURCE = "/org/parley/lexicon/extract-words.txt";
    private static final Map<String, Set<String>> LISTS = read();

    private Lexicon() {
    }

    /** Words that head a title of office: "minister", "chairman", "counterpart"... */
    static final Set<String> TITLE_HEADS = list("title-heads");

    /** Lower-case words that may stand inside a title without being heads ("top", "then"). */
    static final Set<String> TITLE_MODIFIERS = list("title-modifiers");

    /** Words joining parts of a title ("Minister of Foreign Affairs", "Chairman of the ..."). */
    static final Set<String> TITLE_JOINERS = list("title-joiners");

    /** Honorifics that may precede a name and are not part of it. */
    static final Set<String> HONORIFICS = list("honorifics");

    /** Words for the spouse an official travels with ("his wife, ..."). */
    static final Set<String> SPOUSE_WORDS = list("spouse-words");

    /** Words that make congratulations something sent rather than spoken ("in a message", "a letter"). */
    static final Set<String> SENT_WORDS = list("sent-words");

    /** Nouns that head the name of a standing body or recurring format. */
    static final Set<String> MECHANISM_HEADS = list("mechanism-heads");

    /** Words that announce that an exchange lies ahead. */
    static final Set<String> FUTURE_CUES = list("future-cues");

    /** Collective references to the people of an exchange already named ("the two leaders"). */
    static final Set<String> COLLECTIVE_HEADS = list("collective-heads");

    private static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no list [" + name + "]");
        }
        return words;
    }

    /** Sections "[name]" of whitespace-separated words; "#" starts a comment line. */
    private static Map<String, Set<String>> read() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Set<String>> lists = new HashMap<>();
            Set<String> current = null;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = new LinkedHashSet<>();
                    lists.put(t.substring(1, t.length() - 1), current);
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": words before the first [list]: " + t);
                }
                for (String word : t.split("\\s+")) {
                    current.add(word);
                }
            }
            lists.replaceAll((name, words) -> Set.copyOf(words));
            return Map.copyOf(lists);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
