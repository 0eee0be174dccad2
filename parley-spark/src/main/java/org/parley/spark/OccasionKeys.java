package org.parley.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.Event;
import org.parley.model.Extraction;
import scala.Tuple2;

/**
 * Where the shuffle sends each reported event: to the group of reports that could be the same occasion.
 * The resolver joins reports only of the same type, and only with dates that agree (or, undated, with an
 * article date up to 60 days after), so type and year are a key no two reports of one occasion can differ
 * in, except across a new year (an undated report in January of an occasion in late December); those
 * stay two occasions here, as they are rare.
 */
final class OccasionKeys {

    private OccasionKeys() {
    }

    /** One (key, member) pair per group the article's events fall in: the article with those events. */
    static Iterator<Tuple2<String, String>> split(String encoded) {
        Extraction x = ExtractionCodec.decode(encoded);
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < x.events().size(); i++) {
            byKey.computeIfAbsent(key(x, x.events().get(i)), k -> new ArrayList<>()).add(i);
        }
        List<Tuple2<String, String>> out = new ArrayList<>();
        byKey.forEach((key, positions) -> out.add(new Tuple2<>(key,
                positions.toString().replaceAll("[\\[\\] ]", "") + "\t"
                        + ExtractionCodec.encode(ExtractionCodec.withEvents(x, positions)))));
        return out.iterator();
    }

    static String key(Extraction x, Event e) {
        String year = e.date().start() != null ? String.valueOf(e.date().start().year())
                : x.published() != null ? String.valueOf(x.published().getYear())
                : x.article().published() != null ? String.valueOf(x.article().published().getYear()) : "undated";
        return e.type().label() + "/" + year;
    }

    static OccasionMerge.Member member(String value) {
        int tab = value.indexOf('\t');
        List<Integer> positions = Arrays.stream(value.substring(0, tab).split(",")).map(Integer::valueOf).toList();
        return new OccasionMerge.Member(ExtractionCodec.decode(value.substring(tab + 1)), positions);
    }
}
