package org.parley.extract;

import java.util.Set;

/** Officials the text gives no side take the country of the dateline's place (see
 *  {@link ArticlePeople#sideFromDateline}). */
final class SideFromDateline implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.PARSED_SIDES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.SIDES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.people(Layer.PARSED_SIDES);
        String place = doc.clean().dateline().place();
        if (place != null) {
            people.sideFromDateline(Gazetteer.get().countryOfPlace(place));
        }
        return doc.with(Layer.SIDES, people);
    }
}
