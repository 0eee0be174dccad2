package org.parley.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap guess at a text's language, enough to skip non-English articles: in Latin script, which
 * language's commonest function words the text uses most (English, French, German, Spanish,
 * Italian, Portuguese, Dutch); in another script, the script itself tells. Short texts get low
 * confidence. Callers skip what is not English and count it.
 *
 * @param language   ISO 639-1 code ("en", "fr"), "und-Cyrl" style when only the script is known,
 *                   or "und" when the text gives too little to tell
 * @param confidence 0 to 1
 */
public record LanguageGuess(String language, double confidence) {

    /** Below this a guess is a coin toss: callers should keep such texts rather than drop them. */
    public static final double CONFIDENT = 0.5;
    /** The first characters are enough; a whole article costs time and tells nothing more. */
    private static final int SAMPLE_CHARS = 20_000;
    /** With fewer function words than this the guess loses confidence in proportion. */
    private static final int FULL_EVIDENCE_HITS = 8;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "as", "by", "at",
                    "from", "his", "her", "he", "she", "it", "said", "have", "has", "been", "were", "are",
                    "which", "will", "this", "would", "their", "they", "not", "but", "an", "or", "had", "who"),
            "fr", Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "qui", "que",
                    "pas", "sur", "au", "aux", "avec", "ce", "cette", "sont", "par", "il", "elle", "ont",
                    "mais", "plus", "ses", "leur", "nous"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "einer",
                    "auch", "sich", "auf", "von", "zu", "im", "wurde", "hat", "sind", "wie", "nach", "bei",
                    "aus", "oder", "werden", "sie", "es", "dass"),
            "es", Set.of("el", "los", "las", "del", "y", "en", "que", "por", "con", "una", "para", "es", "se", "su",
                    "al", "lo", "como", "pero", "sus", "fue", "este", "esta", "ha", "han", "sobre", "entre"),
            "it", Set.of("il", "lo", "gli", "della", "delle", "degli", "di", "che", "e", "un", "una", "per", "con",
                    "non", "sono", "nel", "nella", "del", "al", "alla", "ha", "anche", "come", "ma", "dei", "sul"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "em", "um", "uma", "que", "para", "com",
                    "no", "na", "por", "mais", "foi", "ao", "se", "seu", "sua", "pelo", "pela", "também"),
            "nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "voor", "met", "zijn",
                    "niet", "aan", "er", "ook", "als", "bij", "door", "werd", "wordt", "maar", "om", "naar"));

    public boolean isEnglish() {
        return language.equals("en") && confidence >= CONFIDENT;
    }

    /** Not English, and sure of it: the test for skipping an article. */
    public boolean isConfidentlyNotEnglish() {
        return !language.equals("en") && !language.equals("und") && confidence >= CONFIDENT;
    }

    public static LanguageGuess of(String text) {
        String sample = text == null ? "" : text.substring(0, Math.min(text.length(), SAMPLE_CHARS));
        ScriptCounts scripts = ScriptCounts.of(sample);
        if (scripts.letters() < 20) {
            return new LanguageGuess("und", 0);
        }
        if (scripts.latinShare() < 0.5) {
            return new LanguageGuess(scripts.dominantNonLatin(), 1 - scripts.latinShare());
        }
        return byFunctionWords(sample);
    }

    private static LanguageGuess byFunctionWords(String sample) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            FUNCTION_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        int total = hits.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return new LanguageGuess("und", 0);
        }
        Map.Entry<String, Integer> best = hits.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        double share = (double) best.getValue() / total;
        double evidence = Math.min(1, (double) best.getValue() / FULL_EVIDENCE_HITS);
        return new LanguageGuess(best.getKey(), share * evidence);
    }
}
