package org.parley.store;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case without accents, so "lavrov" finds "Lavrov" and "sanchez" finds "Sánchez" in any database. */
final class NameFolding {

    private NameFolding() {
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The text with its accents taken off, case kept: "Sánchez" is "Sanchez". */
    static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
