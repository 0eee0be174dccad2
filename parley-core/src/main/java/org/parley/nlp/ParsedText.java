package org.parley.nlp;

import java.util.List;
import org.parley.clean.CleanText;

/** The cleaned text with sentences, tokens and names: what the extract stage reads. */
public record ParsedText(CleanText clean, List<Sentence> sentences, List<EntityMention> entities) {

    public ParsedText {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }
}
