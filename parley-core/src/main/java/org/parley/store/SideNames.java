package org.parley.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.Gazetteer;

/**
 * The sides an exchange's own words name when its participants do not: "Russia and China signed a roadmap",
 * "the Kenya-Uganda Joint Permanent Commission". Countries, their adjectives and the institutions that stand
 * for a side count; cities do not (they are where it happened), nor a country after "in", "on", "about" and the
 * like (where it happened, or what it was about).
 */
final class SideNames {

    private static final Set<String> NOT_A_SIDE_AFTER = Set.of("in", "at", "on", "about", "over", "regarding",
            "concerning", "toward", "towards", "across", "from");

    private SideNames() {
    }

    /** The ISO 3166 alpha-3 codes named in {@code text}, in the order named, each once; none for null. */
    static List<String> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = words(text);
        Set<String> sides = new LinkedHashSet<>();
        for (Gazetteer.Hit hit : Gazetteer.get().allSides(words, 0, words.size())) {
            boolean place = hit.start() > 0 && NOT_A_SIDE_AFTER.contains(words.get(hit.start() - 1).toLowerCase());
            if (hit.kind() != Gazetteer.Kind.CITY && !place) {
                sides.add(hit.iso3());
            }
        }
        return new ArrayList<>(sides);
    }

    /** Words as the gazetteer reads them: "Russia's" gives "Russia" and "'s"; hyphens and dashes part words. */
    private static List<String> words(String text) {
        String spaced = text.replace("'s ", " 's ").replace("’s ", " 's ")
                .replaceAll("[\\-‐‑–—/]", " ")
                .replaceAll("[,;:.!?()\\[\\]\"“”]", " ");
        return Arrays.stream(spaced.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
