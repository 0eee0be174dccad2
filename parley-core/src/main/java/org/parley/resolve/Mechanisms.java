package org.parley.resolve;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.NameKey;

/**
 * Standing bodies and recurring formats, named by their sessions' mechanism text ("8th meeting of
 * the China-Russia Committee for Parliamentary Cooperation"): the number is the session's, the rest
 * names the body. Two names are one body when they share most words and name the same sides.
 */
final class Mechanisms {

    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern NUMBERED = Pattern.compile("\\b(\\d{1,3})(st|nd|rd|th)\\b");
    private static final Set<String> NOT_NAME = Set.of("meeting", "session", "round", "the", "of", "for", "and",
            "between", "on", "a", "an", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "annual", "regular", "new", "latest", "this", "year", "s");
    /** Side words in mechanism names, so that China-Germany and China-France consultations stay apart. */
    private static final Map<String, String> SIDES = Map.ofEntries(Map.entry("china", "CHN"),
            Map.entry("chinese", "CHN"), Map.entry("sino", "CHN"), Map.entry("russia", "RUS"),
            Map.entry("russian", "RUS"), Map.entry("germany", "DEU"), Map.entry("german", "DEU"),
            Map.entry("france", "FRA"), Map.entry("french", "FRA"), Map.entry("india", "IND"),
            Map.entry("indian", "IND"), Map.entry("us", "USA"), Map.entry("american", "USA"),
            Map.entry("japan", "JPN"), Map.entry("japanese", "JPN"), Map.entry("brazil", "BRA"));

    private final Sql sql;

    Mechanisms(Sql sql) {
        this.sql = sql;
    }

    /** The session number in a mechanism text, or null. */
    static Integer ordinal(String text) {
        String folded = NameKey.fold(text);
        Matcher m = NUMBERED.matcher(folded);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        for (String word : folded.split(" ")) {
            int i = ORDINAL_WORDS.indexOf(word);
            if (i >= 0) {
                return i + 1;
            }
        }
        return null;
    }

    /** The body's words: the text without its number, weekday and the words every session name has. */
    static List<String> nameWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NameKey.fold(text).split(" ")) {
            if (!w.isEmpty() && !NOT_NAME.contains(w) && !ORDINAL_WORDS.contains(w) && !NUMBERED.matcher(w).matches()) {
                out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    static boolean sameBody(String a, String b) {
        Set<String> x = new HashSet<>(nameWords(a));
        Set<String> y = new HashSet<>(nameWords(b));
        if (!sides(x).equals(sides(y)) && !sides(x).isEmpty() && !sides(y).isEmpty()) {
            return false;
        }
        x.removeIf(SIDES::containsKey);
        y.removeIf(SIDES::containsKey);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return !common.isEmpty() && common.size() * 2 >= Math.max(x.size(), y.size());
    }

    private static Set<String> sides(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> {
            if (SIDES.containsKey(w)) {
                out.add(SIDES.get(w));
            }
        });
        return out;
    }

    /** The id of the body a mechanism text names, created at first sight. */
    long resolve(String text) throws SQLException {
        String key = String.join(" ", nameWords(text));
        List<Object[]> known = sql.list("SELECT id, name FROM mechanisms ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)});
        for (Object[] row : known) {
            if (sameBody((String) row[1], text)) {
                return (Long) row[0];
            }
        }
        String folded = key.isEmpty() ? NameKey.fold(text) : key;
        String same = sql.one("SELECT id FROM mechanisms WHERE name_key = ?", folded);
        if (same != null) {
            return Long.parseLong(same);
        }
        String name = text.replaceFirst("(?i)^.*?\\b(meeting|session|round)\\s+of\\s+(the\\s+)?", "").strip();
        return sql.insert("INSERT INTO mechanisms (name, name_key) VALUES (?, ?)", name.isEmpty() ? text : name, folded);
    }

    void addSession(long mechanismId, long occasionId, Integer ordinal) throws SQLException {
        sql.update("INSERT INTO mechanism_sessions (mechanism_id, occasion_id, ordinal) VALUES (?, ?, ?)"
                + " ON CONFLICT (mechanism_id, occasion_id) DO NOTHING", mechanismId, occasionId, ordinal);
    }
}
