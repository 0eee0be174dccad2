package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Sentence;

/** The parsed sentences as the token arrays every later rule reads. */
final class ReadSentences implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        List<Words> sentences = new ArrayList<>();
        for (Sentence s : doc.parsed().sentences()) {
            sentences.add(new Words(s));
        }
        return doc.with(Layer.SENTENCES, List.copyOf(sentences));
    }
}
