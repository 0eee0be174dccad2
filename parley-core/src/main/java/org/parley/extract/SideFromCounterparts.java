package org.parley.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.EventType;

/**
 * "Vice Foreign Minister Sun held consultations with Russian Deputy Foreign Minister Rudenko": in a
 * two-sided exchange, an official the text gives no side, facing people who are all of one side, is
 * of the other side the article is about. The article's two sides are the countries it names most
 * (country names, nationality words, institutions; cities count less).
 *
 * <p>Only people still without a side after the text, the dateline and the host country get one
 * here, so the rule cannot overrule anything the text says.
 */
final class SideFromCounterparts implements Component {

    /** A country needs this many sentences naming it to count as a side of the article. */
    static final int MIN_SENTENCES = 2;

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.SIDES, Layer.HOST_SIDES, Layer.OCCASIONS);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.COUNTERPART_SIDES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.peopleWithHostSides();
        Map<String, Integer> named = countriesNamed(doc.sentences());
        Map<Integer, String> given = new HashMap<>();
        for (Draft d : doc.drafts(Layer.OCCASIONS)) {
            if (!twoSided(d.type)) {
                continue;
            }
            Set<String> sides = new HashSet<>();
            for (Integer id : d.participants) {
                String side = people.person(id).side();
                if (side != null) {
                    sides.add(side);
                }
            }
            if (sides.size() != 1) {
                continue;
            }
            String facing = sides.iterator().next();
            Optional<String> other = otherSide(named, facing);
            if (other.isEmpty()) {
                continue;
            }
            for (Integer id : d.participants) {
                PersonCluster c = people.person(id);
                if (c.side() == null && !c.notAParticipant() && !given.containsKey(id)) {
                    given.put(id, other.get());
                }
            }
        }
        return doc.with(Layer.COUNTERPART_SIDES, Map.copyOf(given));
    }

    /** Exchanges between two parties; a visit's or session's people may all be of one side. */
    private static boolean twoSided(EventType type) {
        return type == EventType.MEETING || type == EventType.CALL || type == EventType.MESSAGE;
    }

    /** Country to the number of sentences that name it, a sentence naming it only by a city counting half. */
    static Map<String, Integer> countriesNamed(List<Words> sentences) {
        Gazetteer gazetteer = Gazetteer.get();
        Map<String, Integer> weight = new HashMap<>();
        for (Words w : sentences) {
            Map<String, Integer> here = new HashMap<>();
            for (Gazetteer.Hit h : gazetteer.allSides(w.wordList, 0, w.wordList.size())) {
                here.merge(h.iso3(), h.kind() == Gazetteer.Kind.CITY ? 1 : 2, Math::max);
            }
            here.forEach((iso, points) -> weight.merge(iso, points, Integer::sum));
        }
        return weight;
    }

    /**
     * The article's most-named country other than {@code facing}, when {@code facing} is itself one of
     * its two most-named and the other stands clear of a third (no tie), else empty.
     */
    static Optional<String> otherSide(Map<String, Integer> named, String facing) {
        List<Map.Entry<String, Integer>> ranked = named.entrySet().stream()
                .filter(e -> e.getValue() >= 2 * MIN_SENTENCES)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        int at = -1;
        for (int i = 0; i < ranked.size() && i < 2; i++) {
            if (ranked.get(i).getKey().equals(facing)) {
                at = i;
            }
        }
        if (at < 0 || ranked.size() < 2) {
            return Optional.empty();
        }
        Map.Entry<String, Integer> other = ranked.get(at == 0 ? 1 : 0);
        boolean clear = ranked.size() < 3 || ranked.get(2).getValue() < other.getValue();
        return clear ? Optional.of(other.getKey()) : Optional.empty();
    }
}
