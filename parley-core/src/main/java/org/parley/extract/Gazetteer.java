package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Facts that tell which country a word stands for: country names, demonyms, cities, institutions
 * ("State Duma", "NPC"). (Office-holders are {@code org.parley.lexicon.OfficeHolders}.) Loaded once from the TSV files
 * beside this class; lookups take token sequences so that multi-word names match whole.
 */
public final class Gazetteer {

    /** What kind of evidence a phrase gave for a side; earlier kinds are stronger. */
    public enum Kind { DEMONYM, COUNTRY, INSTITUTION, CITY }

    /** A side found at tokens [start, end) of a phrase. */
    public record Hit(String iso3, Kind kind, int start, int end, String text) {
    }

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, Hit> phrases = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> venueCities = new HashMap<>();
    private int longestPhrase = 1;

    public static Gazetteer get() {
        return INSTANCE;
    }

    private Gazetteer() {
        for (String[] row : rows("countries.tsv")) {
            String iso3 = row[0];
            for (String name : split(row, 1)) {
                addPhrase(name, iso3, Kind.COUNTRY);
            }
            for (String demonym : split(row, 2)) {
                addPhrase(demonym, iso3, Kind.DEMONYM);
            }
            List<String> cities = split(row, 3);
            for (String city : cities) {
                addPhrase(city, iso3, Kind.CITY);
            }
            if (!cities.isEmpty()) {
                capitals.put(iso3, cities.get(0));
            }
        }
        for (String[] row : rows("institutions.tsv")) {
            for (String name : split(row, 1)) {
                addPhrase(name, row[0], Kind.INSTITUTION);
            }
        }
        for (String[] row : rows("venues.tsv")) {
            venueCities.put(normalise(row[0]), row[1]);
        }
    }

    /** The first side named in {@code words[from, to)}: the leftmost, longest phrase that is a known name. */
    public Optional<Hit> firstSide(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<Hit> hit = longestAt(words, i, to);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** Every side named in the words, left to right, longest match first at each position. */
    public List<Hit> allSides(List<String> words, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Hit> hit = longestAt(words, i, to);
            if (hit.isPresent()) {
                hits.add(hit.get());
                i = hit.get().end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The side of a phrase with the strongest kind of evidence (a demonym beats a city). */
    public Optional<String> sideOf(List<String> words) {
        Hit best = null;
        for (Hit h : allSides(words, 0, words.size())) {
            if (best == null || h.kind().compareTo(best.kind()) < 0) {
                best = h;
            }
        }
        return Optional.ofNullable(best).map(Hit::iso3);
    }

    public Optional<Hit> longestAt(List<String> words, int i, int to) {
        StringBuilder key = new StringBuilder();
        Hit found = null;
        for (int j = i; j < Math.min(to, i + longestPhrase); j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(words.get(j));
            Hit h = lookup(key.toString());
            if (h != null) {
                found = new Hit(h.iso3(), h.kind(), i, j + 1, key.toString());
            }
        }
        String word = words.get(i);
        int hyphen = word.indexOf('-');
        if (found == null && hyphen > 0) {
            // "Sino-Russian", "Russian-led": the first part names the side
            Hit h = lookup(word.substring(0, hyphen));
            if (h != null && h.kind() != Kind.INSTITUTION) {
                found = new Hit(h.iso3(), h.kind(), i, i + 1, word);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Country code of a place name (country, city) or null. */
    public String countryOfPlace(String place) {
        Hit h = lookup(place);
        return h == null || h.kind() == Kind.INSTITUTION ? null : h.iso3();
    }

    public boolean isCountryName(String words) {
        Hit h = lookup(words);
        return h != null && h.kind() == Kind.COUNTRY;
    }

    public boolean isPlace(String words) {
        Hit h = lookup(words);
        return h != null && (h.kind() == Kind.COUNTRY || h.kind() == Kind.CITY);
    }

    public boolean isDemonym(String word) {
        Hit h = lookup(word);
        return h != null && h.kind() == Kind.DEMONYM;
    }

    /** The city a named venue is in ("the Kremlin" is in Moscow), or empty when it is not a known venue. */
    public Optional<String> cityOfVenue(String venue) {
        String key = normalise(venue.replaceFirst("(?i)^the\\s+", ""));
        return Optional.ofNullable(venueCities.get(key));
    }

    public Optional<String> capitalOf(String iso3) {
        return Optional.ofNullable(capitals.get(iso3));
    }



    private Hit lookup(String phrase) {
        Hit exact = phrases.get(phrase);
        if (exact != null) {
            return exact;
        }
        Hit folded = phrases.get(phrase.toLowerCase(Locale.ROOT));
        // short all-capital forms ("US", "NPC") and one-word names must match in their own case,
        // or "us" and "diet" would name countries
        if (folded != null && phrase.contains(" ")) {
            return folded;
        }
        if (folded != null && Character.isUpperCase(phrase.charAt(0)) && !isAllCaps(folded.text())) {
            return folded;
        }
        return null;
    }

    private void addPhrase(String name, String iso3, Kind kind) {
        String spaced = name.replace("'s ", " 's ").replace("-", " - ").replaceAll("\\s+", " ").trim();
        for (String form : List.of(name, spaced)) {
            Hit hit = new Hit(iso3, kind, 0, 0, form);
            phrases.putIfAbsent(form, hit);
            if (!isAllCaps(form)) {
                phrases.putIfAbsent(form.toLowerCase(Locale.ROOT), hit);
            }
            longestPhrase = Math.max(longestPhrase, form.split(" ").length);
        }
    }

    private static boolean isAllCaps(String s) {
        return s.length() <= 5 && s.equals(s.toUpperCase(Locale.ROOT));
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").trim();
    }

    private static List<String> split(String[] row, int column) {
        List<String> out = new ArrayList<>();
        if (row.length > column && !row[column].isBlank()) {
            for (String s : row[column].split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
