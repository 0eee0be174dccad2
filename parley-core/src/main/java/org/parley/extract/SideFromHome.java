package org.parley.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Defense Secretary Teodoro and Japanese Foreign Minister Kamikawa signed the agreement": a report
 * marks the foreigners ("Japanese", "of Syria") and leaves its own officials unmarked. When every
 * official the article gives a side is of one of its two sides, the officials it leaves without one
 * are of the other: the home side of the report.
 *
 * <p>The weakest evidence of all, so it runs last and gives a side only to officials (a title, or
 * on the list of office-holders) that nothing else gave one; when people of both sides are marked,
 * the article tells nothing by leaving someone unmarked, and nobody gets a side here.
 */
final class SideFromHome implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.SIDES, Layer.HOST_SIDES, Layer.COUNTERPART_SIDES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.HOME_SIDES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.peopleWithCounterpartSides();
        Set<String> marked = new HashSet<>();
        for (PersonCluster c : people.clusters) {
            markedSide(c).ifPresent(marked::add);
        }
        Map<Integer, String> given = new HashMap<>();
        if (marked.size() != 1) {
            return doc.with(Layer.HOME_SIDES, Map.copyOf(given));
        }
        Map<String, Integer> named = SideFromCounterparts.countriesNamed(doc.sentences());
        Optional<String> home = SideFromCounterparts.otherSide(named, marked.iterator().next());
        if (home.isPresent()) {
            for (PersonCluster c : people.clusters) {
                if (c.side() == null && !c.notAParticipant() && !c.spouse && (c.known || !c.titles.isEmpty())) {
                    given.put(c.id, home.get());
                }
            }
        }
        return doc.with(Layer.HOME_SIDES, Map.copyOf(given));
    }

    /**
     * The side the text marks someone with: a title that names a country, or a side the text gave someone
     * the office-holder list does not know. A side only the list gives is no mark: the report's own
     * leaders go unmarked as much as its other officials.
     */
    private static Optional<String> markedSide(PersonCluster c) {
        if (c.side() == null || c.notAParticipant()) {
            return Optional.empty();
        }
        if (!c.known) {
            return Optional.of(c.side());
        }
        for (String title : c.titles) {
            List<String> words = List.of(title.split("[\\s-]+"));
            Optional<String> named = Gazetteer.get().sideOf(words);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }
}
