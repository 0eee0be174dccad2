package org.parley.extract;

import java.util.Locale;
import org.parley.clean.Dateline;

/** Where an event took place: the place named after its trigger ("in Beijing", "to Russia"), else before it. */
final class Places {

    private final Gazetteer gazetteer = Gazetteer.get();
    private final String datelinePlace;
    private final ArticlePeople people;

    Places(Dateline dateline, ArticlePeople people) {
        this.datelinePlace = cityOf(dateline);
        this.people = people;
    }

    String forTrigger(Words w, Trigger t, int zoneEnd) {
        int object = w.is(t.end(), "the") ? t.end() + 1 : t.end();
        if (w.lemmaIs(t.start(), "visit") && w.isVerb(t.start()) && isPlaceToken(w, object) && !namesSomeone(w, object)) {
            return span(w, object); // "will visit China", "will visit the People's Republic of China"
        }
        String after = firstPlace(w, t.end(), Math.min(zoneEnd, t.end() + 10));
        if (after != null) {
            return after;
        }
        for (int i = t.start() - 1; i >= 0; i--) {
            String p = placeAt(w, i);
            if (p != null) {
                return p;
            }
            if (w.is(i, ";")) {
                break;
            }
        }
        return null;
    }

    /** Every place introduced by in/at/to between the tokens, in order ("in Xi'an and Beijing" gives both). */
    java.util.List<String> allAfter(Words w, int from, int to) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = from; i < Math.min(to, w.size()); i++) {
            String p = placeAt(w, i);
            if (p == null && w.is(i, "and") && isPlaceToken(w, i + 1) && !out.isEmpty()) {
                p = span(w, i + 1);
            }
            if (p != null && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private String firstPlace(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = placeAt(w, i);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A place introduced by in/at/to: "in St. Petersburg", "to Russia", "at the Kremlin", "here". */
    private String placeAt(Words w, int i) {
        if (w.is(i, "here") && datelinePlace != null) {
            return datelinePlace;
        }
        if (!w.is(i, "in", "at", "to", "into", "of")) {
            return null;
        }
        if (namesSomeone(w, i + 1) || people.insideTitle(w.sentence.index(), i, i + 2)) {
            return null; // "Consul-General in Harbin" says where the consul serves, not where they met
        }
        int j = i + 1;
        if (w.is(j, "the")) {
            j++;
        }
        // "the Russian capital", "the Kenyan capital of Nairobi"
        if (gazetteer.isDemonym(w.word[Math.min(j, w.size() - 1)]) && w.is(j + 1, "capital")) {
            if (w.is(j + 2, "of") && isPlaceToken(w, j + 3)) {
                return span(w, j + 3);
            }
            return gazetteer.sideOf(w.wordList.subList(j, j + 1)).flatMap(gazetteer::capitalOf).orElse(null);
        }
        if (w.is(i, "of") && !w.is(i - 1, "capital", "city", "province")) {
            return null;
        }
        return isPlaceToken(w, j) ? span(w, j) : null;
    }

    private boolean isPlaceToken(Words w, int j) {
        return j < w.size() && (w.nerIs(j, "CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION") && w.isCapitalised(j)
                || w.isCapitalised(j) && gazetteer.isPlace(w.word[j]))
                && !w.nerIs(j + 1, "ORGANIZATION", "TITLE") && !w.is(j + 1, "Federation");
    }

    private String span(Words w, int j) {
        int end = j + 1;
        while (end < w.size() && (w.ner[end].equals(w.ner[j]) || placeTag(w, end - 1) && placeTag(w, end))
                && !w.ner[j].equals("O") && !w.is(end, ",") && !namesSomeone(w, end)) {
            end++;
        }
        return w.text(j, end);
    }

    /** "St. Petersburg" may come out as LOCATION then CITY: one place all the same. */
    private static boolean placeTag(Words w, int i) {
        return w.nerIs(i, "CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");
    }

    /** "Heilongjiang Liang Huiling": the NER ran a name into the place. */
    private boolean namesSomeone(Words w, int i) {
        return people.mentionsIn(w.sentence.index()).stream().anyMatch(m -> i >= m.start() && i < m.end());
    }

    /** The dateline's place as a name ("MOSCOW" is Moscow), or null without one. */
    static String cityOf(Dateline dateline) {
        return dateline == null || dateline.place() == null ? null : titleCase(dateline.place());
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
