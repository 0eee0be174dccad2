package org.parley.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.spark.OccasionMerge.GroupOccasion;
import scala.Tuple2;

/**
 * One occasion per real occasion, from the groups' copies. A report is resolved in two groups (its
 * month and the next, see {@link OccasionKeys}), so an occasion may come out twice, or once whole and
 * once as the part its earlier month saw. Occasions made only of copies are dropped (their reports are
 * at home in another group); the rest are joined when they share a report, and each joined set is
 * written as its fullest copy. All copies of a report share the type and sides, so this runs per
 * {@link GroupOccasion#lineage()}, over every month of it: light records, no article text.
 */
final class OccasionCopies {

    private OccasionCopies() {
    }

    /** Event and source rows, tagged with their table, of the occasions of one type and pair of sides. */
    static List<Tuple2<String, Row>> once(Iterable<GroupOccasion> occasions) {
        List<GroupOccasion> kept = new ArrayList<>();
        occasions.forEach(o -> {
            if (o.home()) {
                kept.add(o);
            }
        });
        Map<String, String> parent = new HashMap<>();
        for (GroupOccasion o : kept) {
            for (String report : o.reports()) {
                union(parent, o.reports().get(0), report);
            }
        }
        Map<String, List<GroupOccasion>> joined = new LinkedHashMap<>();
        for (GroupOccasion o : kept) {
            joined.computeIfAbsent(find(parent, o.reports().get(0)), k -> new ArrayList<>()).add(o);
        }
        List<Tuple2<String, Row>> out = new ArrayList<>();
        joined.values().forEach(copies -> write(copies, out));
        return out;
    }

    /** The fullest copy (most reports; then the later month, which saw the month before too). */
    private static void write(List<GroupOccasion> copies, List<Tuple2<String, Row>> out) {
        GroupOccasion fullest = copies.stream().max(Comparator.comparingInt((GroupOccasion o) -> o.reports().size())
                .thenComparing(GroupOccasion::month).thenComparing(GroupOccasion::eventId, Comparator.reverseOrder()))
                .orElseThrow();
        Map<String, Row> sources = new LinkedHashMap<>();
        for (int i = 0; i < fullest.reports().size(); i++) {
            sources.put(fullest.reports().get(i), fullest.sources().get(i));
        }
        for (GroupOccasion o : copies) {
            for (int i = 0; i < o.reports().size(); i++) {
                sources.putIfAbsent(o.reports().get(i), o.sources().get(i));
            }
        }
        String eventId = fullest.eventId();
        Row event = fullest.event();
        if (sources.size() != fullest.reports().size()) {
            // a chain of copies no one group saw whole: one occasion, its row from the fullest copy
            Object[] values = new Object[event.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = event.get(i);
            }
            values[values.length - 1] = sources.size();
            event = RowFactory.create(values);
        }
        out.add(new Tuple2<>(Tables.EVENTS, event));
        sources.values().forEach(s -> out.add(new Tuple2<>(Tables.SOURCES, OccasionMerge.prepend(eventId, s))));
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String p = x;
        while (!p.equals(root)) { // path compression keeps later finds short
            String next = parent.get(p);
            parent.put(p, root);
            p = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
        parent.putIfAbsent(ra, ra);
    }
}
