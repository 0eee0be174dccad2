package org.parley.nlp;

import java.util.List;
import org.parley.clean.CleanText;

/**
 * The cleaned text with sentences, tokens, names and dates: what the extract stage reads.
 *
 * @param dates the date expressions of every sentence, as the NLP stage found them
 */
public record ParsedText(CleanText clean, List<Sentence> sentences, List<EntityMention> entities, DateMentions dates) {

    public ParsedText {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        if (dates.past().size() != sentences.size()) {
            throw new IllegalArgumentException(dates.past().size() + " sentences of dates for " + sentences.size() + " sentences");
        }
    }

    /** A document built by hand (tests): its dates are tagged here, as the NLP stage tags them. */
    public ParsedText(CleanText clean, List<Sentence> sentences, List<EntityMention> entities) {
        this(clean, sentences, entities, DateMentions.of(clean, sentences));
    }
}
