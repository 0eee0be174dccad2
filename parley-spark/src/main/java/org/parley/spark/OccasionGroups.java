package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which keys of {@link OccasionKeys} are resolved as one group, decided on the driver from the distinct
 * keys of the whole corpus. A key names the reports of one type, pair of sides and month; most groups are
 * one key. Keys are joined where the resolver can join reports across them ('parley ingest' sees every
 * report, so Spark must put those together):
 *
 * <ul>
 *   <li><b>A report that knows one side</b> (a visit whose host is not known, a meeting or call with one
 *   side named): the resolver joins it with reports that share a person, whatever their other side, and an
 *   occasion holding it then takes any report that shares a person with it. So within a type and month,
 *   the sides that such a report names pull in every pair that reaches them through shared sides (a
 *   visit's, through its visitor only, since only the visitor joins visits).</li>
 *   <li><b>A report naming three sides or more</b> (keyed by its first two): the other pairs of its sides,
 *   in each of its months ({@link OccasionKeys#otherPairs}).</li>
 *   <li><b>A report whose date spans months</b> (a year alone, a range, an undated report that may refer
 *   to an occasion up to {@value OccasionKeys#REPORT_LAG_DAYS} days before its article): the months of its
 *   type and sides that it spans ({@link OccasionKeys#links}).</li>
 * </ul>
 *
 * A joined group is named by its smallest key, marked: "meeting/~FIN-NOR/2024-03". Occasions are then
 * de-duplicated ({@link OccasionCopies}) per lineage (type and sides); lineages joined in any group share one.
 */
final class OccasionGroups implements Serializable {

    private static final String JOINED = "~";

    /** A report's links, one line in the plan's input: keys that must be resolved together. */
    static final String LINK = "link\t";

    private final Map<String, String> groupOf;
    private final Map<String, String> lineageOf;

    private OccasionGroups(Map<String, String> groupOf, Map<String, String> lineageOf) {
        this.groupOf = groupOf;
        this.lineageOf = lineageOf;
    }

    /** No key joined: every key its own group. */
    static OccasionGroups none() {
        return new OccasionGroups(Map.of(), Map.of());
    }

    /** The group of a key. */
    String group(String key) {
        return groupOf.getOrDefault(key, key);
    }

    /** The lineage under which an occasion resolved in a group of {@code groupLineage} is de-duplicated. */
    String lineage(String groupLineage) {
        return lineageOf.getOrDefault(groupLineage, groupLineage);
    }

    /** Groups joined, for the figures. */
    int joinedKeys() {
        return groupOf.size();
    }

    /**
     * The plan from the corpus's distinct keys and link lines ({@link #LINK} followed by keys separated by
     * tabs), as {@link OccasionKeys#planInput} yields them.
     */
    static OccasionGroups plan(Collection<String> input) {
        TreeSet<String> keys = new TreeSet<>();
        List<String[]> links = new ArrayList<>();
        for (String line : input) {
            if (line.startsWith(LINK)) {
                links.add(line.substring(LINK.length()).split("\t"));
            } else {
                keys.add(line);
            }
        }
        UnionFind joined = new UnionFind();
        keys.forEach(joined::add);
        for (String[] link : links) {
            for (String k : link) {
                if (keys.contains(k)) {
                    joined.union(link[0], k);
                }
            }
        }
        joinThroughOneSide(keys, joined);

        Map<String, List<String>> components = new TreeMap<>();
        for (String k : keys) {
            components.computeIfAbsent(joined.find(k), r -> new ArrayList<>()).add(k);
        }
        Map<String, String> groupOf = new HashMap<>();
        UnionFind lineages = new UnionFind();
        for (List<String> members : components.values()) {
            if (members.size() < 2) {
                continue;
            }
            String first = members.get(0); // sorted: the smallest key names the group
            String group = OccasionKeys.type(first) + "/" + JOINED + OccasionKeys.sidesOf(first) + "/"
                    + OccasionKeys.month(first);
            for (String k : members) {
                groupOf.put(k, group);
                lineages.add(OccasionKeys.lineage(k));
                lineages.add(OccasionKeys.lineage(group));
                lineages.union(OccasionKeys.lineage(group), OccasionKeys.lineage(k));
            }
        }
        Map<String, String> lineageOf = new HashMap<>();
        for (String l : lineages.members()) {
            if (!lineages.find(l).equals(l)) {
                lineageOf.put(l, lineages.find(l));
            }
        }
        return new OccasionGroups(groupOf, lineageOf);
    }

    /**
     * Within each type and month: sides linked by the pairs reported, and every key whose sides reach a
     * side that a one-sided report names joined into one group.
     */
    private static void joinThroughOneSide(Collection<String> keys, UnionFind joined) {
        Map<String, List<String>> byTypeAndMonth = new TreeMap<>();
        for (String k : keys) {
            byTypeAndMonth.computeIfAbsent(OccasionKeys.type(k) + "/" + OccasionKeys.month(k), t -> new ArrayList<>())
                    .add(k);
        }
        for (List<String> sameMonth : byTypeAndMonth.values()) {
            UnionFind sides = new UnionFind();
            List<String> hubs = new ArrayList<>();
            for (String k : sameMonth) {
                List<String> nodes = nodes(OccasionKeys.sidesOf(k));
                nodes.forEach(sides::add);
                for (String n : nodes) {
                    sides.union(nodes.get(0), n);
                }
                if (oneSided(OccasionKeys.sidesOf(k))) {
                    hubs.add(nodes.get(0));
                }
            }
            if (hubs.isEmpty()) {
                continue;
            }
            TreeSet<String> reached = new TreeSet<>();
            hubs.forEach(h -> reached.add(sides.find(h)));
            String first = null;
            for (String k : sameMonth) {
                List<String> nodes = nodes(OccasionKeys.sidesOf(k));
                if (!nodes.isEmpty() && reached.contains(sides.find(nodes.get(0)))) {
                    if (first == null) {
                        first = k;
                    }
                    joined.union(first, k);
                }
            }
        }
    }

    /** The sides a key joins through: both of a pair; a visit's visitor only ("FIN>"). */
    private static List<String> nodes(String sides) {
        int arrow = sides.indexOf('>');
        if (arrow >= 0) {
            return arrow == 0 ? List.of() : List.of(sides.substring(0, arrow + 1));
        }
        if (sides.isEmpty()) {
            return List.of();
        }
        return List.of(sides.split("-"));
    }

    /** A report that names one side: a visit without a host, or one side of anything else. */
    private static boolean oneSided(String sides) {
        int arrow = sides.indexOf('>');
        if (arrow >= 0) {
            return arrow > 0 && arrow == sides.length() - 1;
        }
        return !sides.isEmpty() && !sides.contains("-");
    }

    /** Union-find over strings; the smaller string is the root, so plans repeat. */
    private static final class UnionFind {
        private final Map<String, String> parent = new TreeMap<>();

        void add(String x) {
            parent.putIfAbsent(x, x);
        }

        Collection<String> members() {
            return new ArrayList<>(parent.keySet());
        }

        String find(String x) {
            String root = x;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            String p = x;
            while (!p.equals(root)) {
                String next = parent.get(p);
                parent.put(p, root);
                p = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else if (rb.compareTo(ra) < 0) {
                parent.put(ra, rb);
            }
        }
    }
}
