package org.parley.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.eval.EvalEvent;
import org.parley.eval.EvalPerson;
import org.parley.eval.GoldFile;
import org.parley.eval.MatchRules;

/**
 * The dev-set occasion figures: real occasions from the gold files (events of two articles marked
 * {@code same_occasion_as} that match each other by the scorer's rules are one occasion; so are
 * events of any two articles that match on the very same day), stored events mapped to gold events
 * of their article, then stored occasions counted per real occasion.
 */
final class DevOccasionFigures {

    /** records: stored occasions per real occasion; wronglyMerged: stored occasions holding two real ones. */
    record Figures(int realOccasions, int records, int pairedOccasions, int pairedAsOne, int wronglyMerged,
                   List<String> notes) {
        double recordsPerOccasion() {
            return realOccasions == 0 ? 0 : (double) records / realOccasions;
        }
    }

    private record GoldEvent(String article, int index, EvalEvent event) {
    }

    private DevOccasionFigures() {
    }

    static Figures compute(Path goldDir, Connection db) throws IOException, SQLException {
        Map<String, List<EvalEvent>> gold = new LinkedHashMap<>();
        Map<String, Set<String>> paired = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldFile g = GoldFile.read(f);
                String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                gold.put(id, g.events());
                JsonNode same = json.readTree(f.toFile()).get("same_occasion_as");
                if (same != null) {
                    same.forEach(n -> paired.computeIfAbsent(id, k -> new HashSet<>()).add(n.asText()));
                }
            }
        }
        List<GoldEvent> all = new ArrayList<>();
        gold.forEach((a, events) -> {
            for (int i = 0; i < events.size(); i++) {
                all.add(new GoldEvent(a, i, events.get(i)));
            }
        });
        int[] group = new int[all.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                GoldEvent x = all.get(i);
                GoldEvent y = all.get(j);
                if (x.article().equals(y.article())) {
                    continue;
                }
                boolean pair = paired.getOrDefault(x.article(), Set.of()).contains(y.article());
                if (pair ? sameOccasion(x.event(), y.event()) : sameDated(x.event(), y.event())) {
                    union(group, i, j);
                }
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            indexOf.put(all.get(i).article() + "#" + all.get(i).index(), i);
        }
        // stored event -> gold event of its article
        Map<Integer, Set<Long>> occasionsOfGroup = new HashMap<>();
        Map<Long, Set<Integer>> groupsOfOccasion = new HashMap<>();
        Map<Integer, Set<String>> articlesOfGroup = new HashMap<>();
        for (Map.Entry<String, List<EvalEvent>> e : gold.entrySet()) {
            List<long[]> ids = new ArrayList<>();
            List<EvalEvent> stored = stored(db, e.getKey(), ids);
            for (MatchRules.Pair p : MatchRules.match(e.getValue(), stored,
                    (g, s) -> MatchRules.loose(g, s) && MatchRules.dateOk(g, s) && sameBody(g, s))) {
                int root = find(group, indexOf.get(e.getKey() + "#" + p.gold()));
                long occasion = ids.get(p.predicted())[1];
                occasionsOfGroup.computeIfAbsent(root, k -> new HashSet<>()).add(occasion);
                groupsOfOccasion.computeIfAbsent(occasion, k -> new HashSet<>()).add(root);
                articlesOfGroup.computeIfAbsent(root, k -> new HashSet<>()).add(e.getKey());
            }
        }
        int records = 0;
        int pairedGroups = 0;
        int pairedAsOne = 0;
        List<String> notes = new ArrayList<>();
        for (Map.Entry<Integer, Set<Long>> g : occasionsOfGroup.entrySet()) {
            records += g.getValue().size();
            if (articlesOfGroup.get(g.getKey()).size() > 1) {
                pairedGroups++;
                pairedAsOne += g.getValue().size() == 1 ? 1 : 0;
                if (g.getValue().size() > 1) {
                    notes.add("split: " + describe(all.get(g.getKey())) + " in occasions " + g.getValue());
                }
            }
        }
        int wrong = 0;
        for (Map.Entry<Long, Set<Integer>> o : groupsOfOccasion.entrySet()) {
            if (o.getValue().size() > 1) {
                List<Integer> roots = List.copyOf(o.getValue());
                boolean different = false;
                for (int i = 0; i < all.size(); i++) {
                    for (int j = 0; j < all.size(); j++) {
                        int ri = find(group, i);
                        int rj = find(group, j);
                        if (ri != rj && roots.contains(ri) && roots.contains(rj) && clearlyDifferent(all.get(i), all.get(j))) {
                            different = true;
                        }
                    }
                }
                wrong += different ? 1 : 0;
                List<String> what = roots.stream().map(i -> describe(all.get(i))).toList();
                notes.add((different ? "wrongly merged" : "merged, gold silent") + " in occasion " + o.getKey() + ": " + what);
            }
        }
        return new Figures(occasionsOfGroup.size(), records, pairedGroups, pairedAsOne, wrong, notes);
    }

    private static String describe(GoldEvent g) {
        return g.article() + "#" + g.index() + " " + g.event().type() + " " + g.event().date();
    }

    /** Paired articles: same type, participants matching by name either way, dates that do not disagree. */
    static boolean sameOccasion(EvalEvent a, EvalEvent b) {
        return a.type().equals(b.type()) && (MatchRules.participantsOk(a, b) || MatchRules.participantsOk(b, a))
                && datesCompatible(a.date(), b.date()) && sameBody(a, b);
    }

    /** Articles not marked as pairs: one occasion only where both give a date and everything agrees. */
    private static boolean sameDated(EvalEvent a, EvalEvent b) {
        return a.date() != null && b.date() != null && sameOccasion(a, b) && !a.participants().isEmpty();
    }

    /** What the gold says are two occasions: two events of one article, or events that do not match. */
    private static boolean clearlyDifferent(GoldEvent x, GoldEvent y) {
        return x.article().equals(y.article()) || !sameOccasion(x.event(), y.event());
    }

    /** A session's stored reading stands for a gold session only if their bodies share a word. */
    private static boolean sameBody(EvalEvent gold, EvalEvent stored) {
        if (!"session".equals(gold.type()) || gold.mechanism() == null || stored.mechanism() == null) {
            return true;
        }
        Set<String> words = new HashSet<>(Mechanisms.nameWords(gold.mechanism()));
        words.retainAll(Mechanisms.nameWords(stored.mechanism()));
        return !words.isEmpty();
    }

    private static boolean datesCompatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    /** The stored events of one article as the scorer reads them; ids gets {event id, occasion id}. */
    private static List<EvalEvent> stored(Connection db, String sourceId, List<long[]> ids) throws SQLException {
        List<EvalEvent> out = new ArrayList<>();
        String sql = "SELECT e.id, oe.occasion_id, e.type, e.status, e.date_start, e.date_precision, e.location,"
                + " e.mechanism FROM events e JOIN articles a ON a.id = e.article_id"
                + " JOIN occasion_events oe ON oe.event_id = e.id WHERE a.source_id = '" + sourceId.replace("'", "''")
                + "' ORDER BY e.position";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(new long[] {rs.getLong(1), rs.getLong(2)});
                String start = rs.getString(5);
                String precision = rs.getString(6);
                String date = start == null ? null : switch (precision) {
                    case "year" -> start.substring(0, 4);
                    case "month" -> start.substring(0, 7);
                    default -> start;
                };
                out.add(new EvalEvent(rs.getString(3), rs.getString(4), date, rs.getString(7), List.of(),
                        rs.getString(8)));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            List<EvalPerson> people = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name, country FROM event_participants WHERE event_id = " + ids.get(i)[0] + " ORDER BY position")) {
                while (rs.next()) {
                    people.add(new EvalPerson(rs.getString(1), rs.getString(2)));
                }
            }
            EvalEvent e = out.get(i);
            out.set(i, new EvalEvent(e.type(), e.status(), e.date(), e.location(), people, e.mechanism()));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        parent[find(parent, i)] = find(parent, j);
    }
}
