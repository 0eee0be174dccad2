package org.parley.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Letters of a text counted by Unicode script. */
record ScriptCounts(Map<Character.UnicodeScript, Integer> counts, int letters) {

    static ScriptCounts of(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        return new ScriptCounts(counts, letters);
    }

    double latinShare() {
        return letters == 0 ? 0 : (double) counts.getOrDefault(Character.UnicodeScript.LATIN, 0) / letters;
    }

    /** A language when the script all but names one, else "und-" and the ISO 15924 script code. */
    String dominantNonLatin() {
        Character.UnicodeScript top = counts.entrySet().stream()
                .filter(e -> e.getKey() != Character.UnicodeScript.LATIN)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.UNKNOWN);
        boolean kana = counts.containsKey(Character.UnicodeScript.HIRAGANA) || counts.containsKey(Character.UnicodeScript.KATAKANA);
        return switch (top) {
            case HAN -> kana ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case CYRILLIC -> "und-Cyrl";
            case ARABIC -> "und-Arab";
            case DEVANAGARI -> "und-Deva";
            default -> "und";
        };
    }
}
