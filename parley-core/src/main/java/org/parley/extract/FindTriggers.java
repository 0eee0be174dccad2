package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Per sentence, the words that state an exchange ({@link TriggerFinder}), sessions among them. */
final class FindTriggers implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MECHANISMS);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.TRIGGERS);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        List<Words> sentences = doc.sentences();
        List<List<Trigger>> sessions = doc.perSentence(Layer.MECHANISMS);
        List<List<Trigger>> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            out.add(List.copyOf(TriggerFinder.find(sentences.get(k), sessions.get(k))));
        }
        return doc.with(Layer.TRIGGERS, List.copyOf(out));
    }
}
