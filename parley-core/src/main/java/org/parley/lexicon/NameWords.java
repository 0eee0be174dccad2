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
import org.parley.resolve.NameKey;

/**
 * The word lists that name matching shares: honorifics and titles that may precede a name
 * ({@code honorifics.txt}) and particles inside names ({@code name-particles.txt}). Both are
 * kept folded as {@link NameKey#fold} folds, so callers compare folded words.
 */
public final class NameWords {

    /** Longest first, so that "Grand Ayatollah" is stripped whole before "Ayatollah" is tried. */
    private static final List<List<String>> HONORIFICS = read("honorifics.txt").stream()
            .map(entry -> List.of(entry.split(" ")))
            .sorted(Comparator.comparingInt((List<String> words) -> words.size()).reversed())
            .toList();
    private static final Set<String> PARTICLES = Set.copyOf(read("name-particles.txt"));

    private NameWords() {
    }

    /** The folded words of a name without the honorifics and titles in front of it ("h e sheikh ..."). */
    public static List<String> withoutHonorifics(List<String> foldedWords) {
        int start = 0;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> honorific : HONORIFICS) {
                if (start + honorific.size() <= foldedWords.size()
                        && foldedWords.subList(start, start + honorific.size()).equals(honorific)) {
                    start += honorific.size();
                    stripped = true;
                    break;
                }
            }
        }
        return foldedWords.subList(start, foldedWords.size());
    }

    /** "bin", "al", "da": words that do not tell two names apart. */
    public static boolean particle(String foldedWord) {
        return PARTICLES.contains(foldedWord);
    }

    private static List<String> read(String resource) {
        try (InputStream in = NameWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/parley/lexicon/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line : reader.lines().toList()) {
                String entry = NameKey.fold(line.strip().startsWith("#") ? "" : line);
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/parley/lexicon/" + resource, e);
        }
    }
}
