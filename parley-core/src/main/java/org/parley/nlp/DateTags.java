package org.parley.nlp;

import java.util.List;
import org.parley.nlp.time.TemporalTagger;
import org.parley.nlp.time.TimeMention;

/**
 * DATE and DURATION tags from Parley's own date rules, in place of CoreNLP's SUTime. SUTime cost
 * about two thirds of the NLP time that was left once the gazetteers were fixed, and Parley resolves
 * dates itself ({@link TemporalTagger}); but the extractor also reads the tags (a title or a
 * mechanism's name ends at a date: "Foreign Minister Wang Yi Monday"), and without SUTime CoreNLP
 * tags no weekday and no "this week". So a token CoreNLP left "O" inside a date expression gets
 * DATE (DURATION for a length such as "two-day"); a preposition joined to the expression ("on
 * Monday") stays "O", as with SUTime.
 */
final class DateTags {

    private final List<TimeMention> mentions;
    private int next;

    /** The date expressions of one article; ask {@link #tag} for its tokens in text order. */
    DateTags(DateMentions dates) {
        this.mentions = dates.allPast();
    }

    /** The tag for the token at {@code [begin, end)}: CoreNLP's, or DATE/DURATION where it said "O". */
    String tag(int begin, int end, String coreNlpTag, String pos) {
        while (next < mentions.size() && mentions.get(next).end() <= begin) {
            next++;
        }
        if (coreNlpTag != null && !coreNlpTag.equals("O")) {
            return coreNlpTag;
        }
        if (next == mentions.size() || mentions.get(next).begin() >= end || "IN".equals(pos) || "TO".equals(pos)) {
            return "O";
        }
        return mentions.get(next).kind() == TimeMention.Kind.DURATION ? "DURATION" : "DATE";
    }
}
