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
}
