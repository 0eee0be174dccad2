package org.parley.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.parley.lexicon.OfficeHolders;

/** The article's people: names grouped per person, titles, institutions, and the sides they give. */
final class FindPeople implements Component {

    private final OfficeHolders holders;

    /** @param holders the office-holder knowledge base; {@link OfficeHolders#none()} for the text alone */
    FindPeople(OfficeHolders holders) {
        this.holders = holders;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.PEOPLE);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        Optional<LocalDate> onDate = Optional.ofNullable(doc.when().anchor());
        return doc.with(Layer.PEOPLE, new ArticlePeople(doc.sentences(), holders, onDate));
    }
}
