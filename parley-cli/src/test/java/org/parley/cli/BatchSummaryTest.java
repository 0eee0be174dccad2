package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    @Test
    void theSummaryListsAtMostFiftyLinesOfEachKindAndCountsTheRest() {
        BatchSummary.Tally tally = new BatchSummary.Tally();
        for (int i = 0; i < 120; i++) {
            tally.failed("in/" + i + ".txt: file is empty");
        }
        tally.skippedByLanguage("in/fr.txt (fr)");
        tally.skippedRecords(Map.of("request record", 3L));
        tally.skippedRecords(Map.of("request record", 2L, "warcinfo record", 1L));

        List<String> lines = tally.summary().lines("stored");

        assertEquals("read 0, stored 0, already stored 0, near-duplicates 0, skipped by language 1, skipped records 6,"
                + " failed 120, events 0", lines.get(0));
        assertEquals(List.of("skipped records: 5 request record", "skipped records: 1 warcinfo record",
                "skipped by language: in/fr.txt (fr)", "failed: in/0.txt: file is empty"), lines.subList(1, 5));
        assertEquals(1 + 2 + 1 + 50 + 1, lines.size());
        assertEquals("failed: 70 more not listed", lines.get(lines.size() - 1));
    }
}
