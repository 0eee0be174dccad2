package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.parley.spark.OccasionMerge.GroupOccasion;
import scala.Tuple2;

/** One occasion per real occasion out of the groups' copies. No Spark, no models. */
class OccasionCopiesTest {

    @Test
    void anOccasionSeenWholeInTwoGroupsIsWrittenOnce() {
        Map<String, List<String>> out = once(
                occasion("2024-03", "a:0", true, "a:0", "b:0"),
                occasion("2024-04", "a:0", false, "a:0", "b:0"));
        assertEquals(Map.of("a:0", List.of("a:0", "b:0")), out);
    }

    @Test
    void thePartAnEarlierMonthSawJoinsTheWholeOccasion() {
        // b:0 is dated 1 February: January's group saw a:0 alone, February's both
        Map<String, List<String>> out = once(
                occasion("2024-01", "a:0", true, "a:0"),
                occasion("2024-02", "b:0", true, "b:0", "a:0"));
        assertEquals(Map.of("b:0", List.of("b:0", "a:0")), out);
    }

    @Test
    void occasionsOfCopiesOnlyAreDropped() {
        Map<String, List<String>> out = once(
                occasion("2024-01", "a:0", true, "a:0"),
                occasion("2024-02", "a:0", false, "a:0"),
                occasion("2024-02", "c:1", true, "c:1"));
        assertEquals(Map.of("a:0", List.of("a:0"), "c:1", List.of("c:1")), out);
    }

    @Test
    void aChainNoGroupSawWholeIsOneOccasionCountingEveryReport() {
        List<Tuple2<String, Row>> rows = OccasionCopies.once(List.of(
                occasion("2024-01", "a:0", true, "a:0", "b:0"),
                occasion("2024-02", "b:0", true, "b:0", "c:0")));
        Row event = rows.stream().filter(t -> t._1().equals(Tables.EVENTS)).findFirst().orElseThrow()._2();
        assertEquals(3, event.getInt(1));
        assertEquals(3, rows.stream().filter(t -> t._1().equals(Tables.SOURCES)).count());
    }

    /** An occasion of a group: its event row holds its id and its number of sources, as the real one ends. */
    private static GroupOccasion occasion(String month, String id, boolean home, String... reports) {
        List<Row> sources = new ArrayList<>();
        for (String r : reports) {
            sources.add(RowFactory.create(r));
        }
        return new GroupOccasion("meeting/FIN-NOR", month, RowFactory.create(id, reports.length), sources,
                List.of(reports), home);
    }

    /** Event id to the reports of its sources. */
    private static Map<String, List<String>> once(GroupOccasion... occasions) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Tuple2<String, Row> t : OccasionCopies.once(List.of(occasions))) {
            if (t._1().equals(Tables.SOURCES)) {
                out.computeIfAbsent(t._2().getString(0), k -> new ArrayList<>()).add(t._2().getString(1));
            }
        }
        return out;
    }
}
