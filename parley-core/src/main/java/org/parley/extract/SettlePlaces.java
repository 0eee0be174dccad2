package org.parley.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Where each occasion took place, once all of them are known ({@link Locations}). */
final class SettlePlaces implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.SIDES, Layer.OCCASIONS);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        List<Draft> occasions = doc.drafts(Layer.OCCASIONS);
        new Locations(doc.clean().dateline(), doc.people(Layer.SIDES), doc.sentences()).settle(occasions);
        List<String> places = new ArrayList<>();
        for (Draft d : occasions) {
            places.add(d.location);
        }
        return doc.with(Layer.PLACES, Collections.unmodifiableList(places));
    }
}
