package org.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.EventType;

/** A host named by office alone takes the side of the country the exchange took place in. */
final class SideFromPlaces implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SIDES, Layer.OCCASIONS, Layer.PLACES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.HOST_SIDES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.people(Layer.SIDES);
        hostSides(doc.placedOccasions(), people);
        // only people without a side get one here, so the layer is just those people and their country
        ArticlePeople before = doc.people(Layer.SIDES);
        Map<Integer, String> given = new HashMap<>();
        for (PersonCluster c : people.clusters) {
            if (before.person(c.id).side() == null && c.side() != null) {
                given.put(c.id, c.side());
            }
        }
        return doc.with(Layer.HOST_SIDES, Map.copyOf(given));
    }

    /**
     * "During the visit to Nepal he called on Prime Minister Oli": a host named by office alone
     * acts for the country the exchange took place in, when the guests are of another side. A message
     * has a place only when it was handed over in person, so the same holds for its recipient.
     */
    private static void hostSides(List<Draft> drafts, ArticlePeople people) {
        for (Draft d : drafts) {
            if (d.location == null || d.type == EventType.CALL) {
                continue;
            }
            String country = Gazetteer.get().countryOfPlace(d.location);
            if (country == null) {
                continue;
            }
            boolean guestsElsewhere = d.participants.stream().map(people::person)
                    .anyMatch(c -> c.side() != null && !c.side().equals(country));
            for (Integer id : d.participants) {
                PersonCluster c = people.person(id);
                if (c.side() == null && guestsElsewhere) {
                    c.vote(country, 1);
                }
            }
        }
    }
}
