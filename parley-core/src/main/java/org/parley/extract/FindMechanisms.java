package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Per sentence, the sessions of named bodies ({@link MechanismFinder}), but for a body named inside
 *  someone's title ("chairman of the ... Committee"). */
final class FindMechanisms implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.PEOPLE);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.MECHANISMS);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.people(Layer.PEOPLE);
        List<List<Trigger>> out = new ArrayList<>();
        for (Words w : doc.sentences()) {
            out.add(MechanismFinder.find(w).stream()
                    .filter(t -> !people.insideTitle(w.sentence.index(), t.start(), t.end())).toList());
        }
        return doc.with(Layer.MECHANISMS, List.copyOf(out));
    }
}
