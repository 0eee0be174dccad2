package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.names.NameTokens;

/** One person of an article: every form of their name, their titles and the votes for their side. */
final class PersonCluster {

    final int id;
    String canonical;
    final LinkedHashSet<String> names = new LinkedHashSet<>();
    final LinkedHashSet<String> titles = new LinkedHashSet<>();
    final Map<String, Integer> sideVotes = new HashMap<>();
    int mentions;
    final int firstSentence;
    /** Whether a list of office-holders knows the name. */
    boolean known;
    /** Named as an official's spouse somewhere in the article. */
    boolean spouse;

    PersonCluster(int id, String name, int sentence) {
        this.id = id;
        this.canonical = name;
        this.firstSentence = sentence;
        names.add(name);
    }

    /** An independent copy, so that a later step's side votes leave this one as it was. */
    PersonCluster copy() {
        PersonCluster c = new PersonCluster(id, canonical, firstSentence);
        c.names.clear();
        c.names.addAll(names);
        c.titles.addAll(titles);
        c.sideVotes.putAll(sideVotes);
        c.mentions = mentions;
        c.known = known;
        c.spouse = spouse;
        return c;
    }

    void addName(String name) {
        names.add(name);
        if (tokens(name).size() > tokens(canonical).size()) {
            canonical = name;
        }
    }

    void vote(String iso3, int weight) {
        sideVotes.merge(iso3, weight, Integer::sum);
    }

    /** The side with the most weight, or null when nothing said. */
    String side() {
        return sideVotes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * One word, no title, on no list of office-holders: "Brexit" or "Kremlin" read as a person, or someone
     * the article never says anything about. Such a name stands for no side in an exchange.
     */
    boolean notAParticipant() {
        return spouse || bareName();
    }

    boolean bareName() {
        return !known && titles.isEmpty() && tokens(canonical).size() == 1;
    }

    List<String> aliases() {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(canonical)) {
                out.add(n);
            }
        }
        return out;
    }

    Set<String> nameTokens() {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.addAll(tokens(n));
        }
        return out;
    }

    boolean hasTitleWord(String head) {
        for (String t : titles) {
            for (String word : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (word.equals(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : name.toLowerCase(Locale.ROOT).replace(".", " ").split("[\\s]+")) {
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Same person by name: a shared word, other words alike up to spelling ("Sergei"/"Sergey"). */
    static boolean sameName(List<String> a, List<String> b) {
        boolean shared = false;
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || x.length() >= 6 && NameTokens.editDistance(x, y) <= 2 && x.charAt(0) == y.charAt(0)) {
                    shared = true;
                }
            }
        }
        if (!shared) {
            return false;
        }
        if (a.size() == 1 || b.size() == 1) {
            return true;
        }
        List<String> restA = new ArrayList<>(a);
        restA.removeAll(b);
        List<String> restB = new ArrayList<>(b);
        restB.removeAll(a);
        if (restA.isEmpty() || restB.isEmpty()) {
            return true;
        }
        // "Sergei"/"Sergey" are one spelling apart; "Qiang"/"Keqiang" are two people (Li Qiang, Li Keqiang)
        for (String rawX : restA) {
            for (String rawY : restB) {
                String x = transliterationFold(rawX);
                String y = transliterationFold(rawY);
                if (x.charAt(0) == y.charAt(0) && NameTokens.editDistance(x, y) <= (Math.min(x.length(), y.length()) >= 4 ? 2 : 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Wladimir"/"Vladimir", "Yuriy"/"Yuri": spellings of one Cyrillic name in other alphabets. */
    static String transliterationFold(String s) {
        String t = s.startsWith("w") ? "v" + s.substring(1) : s;
        return t.replace("iy", "i").replace("y", "i").replace("ie", "e");
    }
}
