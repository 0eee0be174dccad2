package org.parley.nlp.time;

import static org.parley.nlp.time.Lexicon.NUMBER_WORDS;

import java.util.List;
import java.util.regex.Matcher;
import org.parley.nlp.time.Rule.Found;

/**
 * Time words that give no date: lengths ("a two-day state visit", "for three days", "week-long") and
 * vague times ("recently", "soon", "in the coming days"). They are tagged so that a caller can combine a
 * length with a start day, and can tell a vague time from no time at all.
 */
final class LooseRules {

    private LooseRules() {
    }

    private static final String N = "(?<n>\\d{1,3}|" + NUMBER_WORDS + ")";

    static final List<Rule> RULES = List.of(
            // "two-day", "3-day", "two-week": the hyphen makes it a length, not a count of days
            Rule.ofIgnoreCase("n-day", "(?<![\\p{L}\\p{N}-])" + N + "-(?<u>day|week|month)(?:-long)?(?![\\p{L}\\p{N}]|-old)",
                    LooseRules::duration).near(Anchors.Kind.PERIOD),
            Rule.ofIgnoreCase("unit-long", "\\b(?<u>day|week|month)-?long\\b", LooseRules::duration).near(Anchors.Kind.LONG),
            Rule.ofIgnoreCase("for-n-days", "\\bfor\\s+(?:(?<n>\\d{1,3}|" + NUMBER_WORDS + "|a|an)\\s+)(?:more\\s+)?"
                    + "(?<u>days?|weeks?|months?)\\b", LooseRules::duration).near(Anchors.Kind.PERIOD),
            Rule.ofIgnoreCase("vague", "\\b(?:recently|recent|lately|earlier|soon|shortly|previously|upcoming"
                    + "|in\\s+the\\s+(?:coming|next\\s+few|past\\s+few)\\s+(?:days|weeks|months)"
                    + "|in\\s+the\\s+near\\s+future|in\\s+recent\\s+(?:days|weeks|months|years)"
                    + "|the\\s+other\\s+day|at\\s+a\\s+later\\s+date)\\b",
                    (m, t, c, d) -> new Found(TimeMention.Kind.VAGUE, Resolve.unknown(null), 0)));

    private static Found duration(Matcher m, String text, DateContext ctx, Direction dir) {
        String n = Rule.optional(m, "n");
        Integer count = n == null ? Integer.valueOf(1) : Lexicon.number(n);
        if (count == null || count == 0) {
            return null;
        }
        int days = count * Lexicon.unitDays(m.group("u"));
        return new Found(TimeMention.Kind.DURATION, Resolve.unknown(null), days);
    }
}
