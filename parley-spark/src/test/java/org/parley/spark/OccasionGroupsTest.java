package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which keys are resolved together, from the corpus's keys alone. No models loaded. */
class OccasionGroupsTest {

    @Test
    void aVisitWhoseHostIsNotKnownJoinsTheVisitorsVisitsOfItsMonth() {
        OccasionGroups g = OccasionGroups.plan(List.of("visit/FIN>/2024-06", "visit/FIN>ESP/2024-06",
                "visit/FIN>NOR/2024-06", "visit/NOR>ESP/2024-06", "visit/FIN>ESP/2024-07"));
        assertEquals("visit/~FIN>/2024-06", g.group("visit/FIN>ESP/2024-06"));
        assertEquals(g.group("visit/FIN>/2024-06"), g.group("visit/FIN>NOR/2024-06"));
        assertEquals("visit/NOR>ESP/2024-06", g.group("visit/NOR>ESP/2024-06"), "another visitor: apart");
        assertEquals("visit/FIN>ESP/2024-07", g.group("visit/FIN>ESP/2024-07"), "another month: apart");
        assertEquals(g.lineage("visit/FIN>ESP"), g.lineage("visit/~FIN>"), "copies of one report meet when de-duplicated");
        assertEquals(g.lineage("visit/FIN>ESP"), g.lineage("visit/FIN>"));
    }

    @Test
    void aOneSidedReportJoinsEveryPairThatReachesItsSide() {
        OccasionGroups g = OccasionGroups.plan(List.of("meeting/FIN/2024-03", "meeting/FIN-NOR/2024-03",
                "meeting/NOR-SWE/2024-03", "meeting/DEU-FRA/2024-03", "call/FIN-NOR/2024-03"));
        assertEquals(g.group("meeting/FIN/2024-03"), g.group("meeting/FIN-NOR/2024-03"));
        assertEquals(g.group("meeting/FIN/2024-03"), g.group("meeting/NOR-SWE/2024-03"),
                "an occasion holding a one-sided report takes any report sharing a person with it");
        assertEquals("meeting/DEU-FRA/2024-03", g.group("meeting/DEU-FRA/2024-03"));
        assertEquals("call/FIN-NOR/2024-03", g.group("call/FIN-NOR/2024-03"), "another type: apart");
    }

    @Test
    void aReportThatSpansMonthsJoinsThem() {
        OccasionGroups g = OccasionGroups.plan(List.of("meeting/ESP-FIN/2024-01", "meeting/ESP-FIN/2024-06",
                "meeting/ESP-FIN/2025-01", OccasionGroups.LINK + "meeting/ESP-FIN/2024-01\tmeeting/ESP-FIN/2024-02\t"
                        + "meeting/ESP-FIN/2024-06\tmeeting/ESP-FIN/2024-12"));
        assertEquals("meeting/~ESP-FIN/2024-01", g.group("meeting/ESP-FIN/2024-06"));
        assertEquals("meeting/~ESP-FIN/2024-01", g.group("meeting/ESP-FIN/2024-01"));
        assertNotEquals(g.group("meeting/ESP-FIN/2024-01"), g.group("meeting/ESP-FIN/2025-01"));
        assertEquals(g.lineage("meeting/ESP-FIN"), g.lineage("meeting/~ESP-FIN"));
    }
}
