package org.parley.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The word lists that name matching shares: honorifics and titles that may precede a name
 * ({@code honorifics.txt}) and particles inside names ({@code name-particles.txt}). Both are
 * kept folded as {@link NameKey#fold} folds, so callers compare folded words.
 */
public final class NameWords {

    /** A form of address is always dropped; a style only when two words are left, so "King Charles" stays whole. */
    private record Honorific(List<String> words, boolean style) {
    }

    /** Longest first, so that "Grand Ayatollah" is dropped whole before "Ayatollah" is tried. */
    private static final List<Honorific> HONORIFICS = honorifics();
    private static final Set<String> PARTICLES = Set.copyOf(lines("name-particles.txt"));

    private NameWords() {
    }

    /** The folded words of a name without the honorifics and titles in front of it ("h e sheikh ..."). */
    public static List<String> withoutHonorifics(List<String> foldedWords) {
        int start = 0;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (Honorific h : HONORIFICS) {
                int after = start + h.words().size();
                int left = foldedWords.size() - after;
                if (left >= (h.style() ? 2 : 0) && foldedWords.subList(start, after).equals(h.words())) {
                    start = after;
                    dropped = true;
                    break;
                }
            }
        }
        return foldedWords.subList(start, foldedWords.size());
    }

    /** A word list of this folder ({@code NAME.txt}: one word a line, {@code #} comments), as a set. */
    public static Set<String> wordList(String name) {
        return Set.copyOf(lines(name + ".txt"));
    }

    /** "bin", "al", "da": words that do not tell two names apart. */
    public static boolean particle(String foldedWord) {
        return PARTICLES.contains(foldedWord);
    }

    private static List<Honorific> honorifics() {
        List<Honorific> out = new ArrayList<>();
        Boolean style = null;
        for (String line : lines("honorifics.txt")) {
            if (line.equals("[address]") || line.equals("[style]")) {
                style = line.equals("[style]");
            } else if (style == null) {
                throw new IllegalStateException("org/parley/lexicon/honorifics.txt: '" + line + "' before [address] or [style]");
            } else {
                out.add(new Honorific(List.of(NameKey.fold(line).split(" ")), style));
            }
        }
        out.sort(Comparator.comparingInt((Honorific h) -> h.words().size()).reversed());
        return List.copyOf(out);
    }

    /** The non-blank lines of a resource beside this class that are not {@code #} comments, stripped. */
    static List<String> lines(String resource) {
        try (InputStream in = NameWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/parley/lexicon/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/parley/lexicon/" + resource, e);
        }
    }
}
