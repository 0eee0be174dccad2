package org.parley.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Puts a space back between sentences a page glued together ("on Sunday.According to"), so the
 * sentence splitter sees two sentences. Abbreviations ("St.Petersburg", "Mr.Xi"), initials and
 * acronyms ("U.S."), numbers ("15.9", "July.8") and addresses ("example.org") are left alone.
 */
final class SentenceGlue {

    /** A lower-case letter or closing quote/bracket, a full stop, then a capitalised word. */
    private static final Pattern GLUE = Pattern.compile("(?<=[\\p{Ll}\"”’)\\]])\\.(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
            "cmdr", "prof", "rev", "hon", "gov", "sen", "rep", "pres", "jr", "sr", "co", "corp", "inc", "ltd",
            "no", "nos", "vs", "etc", "al", "approx", "dept", "est", "fig", "vol", "pp", "ave", "blvd", "rd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** "on September 29. 2021": a full stop typed for the comma between a day and its year. */
    private static final Pattern DAY_STOP_YEAR = Pattern.compile(
            "\\b" + DatePatterns.MONTH + "\\s+\\d{1,2}(\\.)\\s+(?:19|20)\\d{2}\\b");

    private SentenceGlue() {
    }

    /** Turns the stop of "September 29. 2021" into a comma, so the splitter does not end a sentence there. */
    static MappedText mendDayYearStop(MappedText line) {
        Matcher m = DAY_STOP_YEAR.matcher(line.text());
        MappedText out = line;
        while (m.find()) {
            out = out.withCharAt(m.start(1), ',');
        }
        return out;
    }

    static MappedText unglue(MappedText line) {
        String t = line.text();
        Matcher m = GLUE.matcher(t);
        IntStream.Builder at = IntStream.builder();
        while (m.find()) {
            if (isSentenceEnd(t, m.start())) {
                at.add(m.end());
            }
        }
        return line.insertBefore(at.build().toArray(), ' ');
    }

    /** Whether the full stop at {@code dot} ends a sentence rather than an abbreviation or address. */
    private static boolean isSentenceEnd(String t, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1))) {
            start--;
        }
        String token = t.substring(start, dot);
        if (token.indexOf('.') >= 0 || token.indexOf('/') >= 0 || token.indexOf('@') >= 0) {
            return false;   // "e.g.", "U.S.", an address
        }
        String word = token.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return !word.isEmpty() && !ABBREVIATIONS.contains(word)
                || word.isEmpty() && token.length() > 0;   // only a closing quote or bracket before the dot
    }
}
