package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.bench.SyntheticDesk;

/**
 * On SQLite the words filter reads a second index kept in the timeline's order (sqlite/120-timeline-search)
 * and stops after a page. Over a few thousand generated events, every page of it, walked by cursor, lists
 * the same occasions in the same order as a plain query of the evidence index (evidence_search, as the
 * search page reads it) sorted by day: after writing, and after occasions change day, evidence is corrected
 * and an event leaves its occasion, as curation does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordsTimelineOrderTest {

    private static final String[] FILTERS = {
        "q=trade", "q=rail", "q=energy%20security", "q=fish", "q=sec", "q=Sanch", "q=cl%20wat", "q=zzzz",
        "q=trade&country=USA", "q=rail&country=DNK", "q=grain&pair=CHN-RUS", "q=nuclear&pair=USA-ZAF",
        "q=energy&type=visit&from=2019-03&to=2022", "q=border&status=planned", "q=space&channel=defence",
        "q=health&country=CHN&type=meeting&status=occurred&from=2020",
    };

    @TempDir
    static Path dir;

    Path db;
    RunningServer server;

    @BeforeAll
    void start() throws Exception {
        db = dir.resolve("synthetic.db");
        new SyntheticDesk(11).write(db, 4000);
        server = new RunningServer(db.toString());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageListsWhatTheEvidenceIndexFindsInTheTimelinesOrder() throws Exception {
        assertSameOccasions();
    }

    @Test
    void occasionsThatChangeDayOrEvidenceOrLoseAnEventAreFoundWhereTheyNowBelong() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.executeUpdate("UPDATE occasions SET date_start = '2025-01-15' WHERE id % 97 = 0");
            s.executeUpdate("UPDATE occasions SET date_start = NULL, date_precision = NULL WHERE id % 89 = 0");
            s.executeUpdate("UPDATE occasions SET date_start = '2016-05-01', date_precision = 'month' WHERE id % 83 = 0");
            s.executeUpdate("UPDATE events SET evidence = 'A railway and trade sessions.' WHERE id % 71 = 0");
            // two events join one occasion, as a merge leaves them, and one leaves its occasion for good
            s.executeUpdate("DELETE FROM occasion_events WHERE event_id = 11");
            s.executeUpdate("INSERT INTO occasion_events (event_id, occasion_id) VALUES (11, 10)");
            s.executeUpdate("DELETE FROM occasion_events WHERE event_id = 13");
        }
        assertSameOccasions();
    }

    private void assertSameOccasions() throws SQLException {
        for (String filter : FILTERS) {
            List<Long> expected = expected(filter);
            assertEquals(expected, walk(filter, 7), filter);
            assertEquals(expected.subList(0, Math.min(50, expected.size())), walk(filter, 50).subList(0,
                    Math.min(50, expected.size())), filter);
        }
        assertTrue(expected("q=trade").size() > 100, "a common word has pages to walk");
    }

    /** Every occasion the filter lists, page after page of {@code limit}. */
    private List<Long> walk(String filter, int limit) {
        List<Long> ids = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = server.json("/api/events?limit=" + limit + "&" + filter
                    + (next == null ? "" : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            page.get("events").forEach(e -> ids.add(e.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null && limit < 50);
        return ids;
    }

    /** The filter's occasions read with evidence_search, written out here on their own. */
    private List<Long> expected(String filter) throws SQLException {
        List<String> where = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (String part : filter.split("&")) {
            String name = part.substring(0, part.indexOf('='));
            String value = java.net.URLDecoder.decode(part.substring(part.indexOf('=') + 1), StandardCharsets.UTF_8);
            switch (name) {
                case "q" -> {
                    where.add("o.id IN (SELECT oe.occasion_id FROM evidence_search JOIN occasion_events oe"
                            + " ON oe.event_id = evidence_search.rowid WHERE evidence_search MATCH ?)");
                    List<String> words = new ArrayList<>();
                    for (String w : value.split(" ")) {
                        words.add('"' + w + "\"*");
                    }
                    params.add(String.join(" ", words));
                }
                case "country" -> {
                    where.add("o.id IN (SELECT occasion_id FROM occasion_countries WHERE country = ?)");
                    params.add(value);
                }
                case "pair" -> {
                    where.add("o.id IN (SELECT a.occasion_id FROM occasion_countries a JOIN occasion_countries b"
                            + " ON b.occasion_id = a.occasion_id WHERE a.country = ? AND b.country = ?)");
                    params.add(value.split("-")[0]);
                    params.add(value.split("-")[1]);
                }
                case "type", "status" -> {
                    where.add("o." + name + " = ?");
                    params.add(value);
                }
                case "channel" -> {
                    where.add("o.id IN (SELECT occasion_id FROM occasion_channels WHERE channel = ?)");
                    params.add(value);
                }
                case "from" -> {
                    where.add("COALESCE(o.date_start, '') >= ?");
                    params.add(value.length() == 7 ? value + "-01" : value.length() == 4 ? value + "-01-01" : value);
                }
                case "to" -> {
                    where.add("o.date_start <= ?");
                    params.add(value.length() == 4 ? value + "-12-31" : value);
                }
                default -> throw new IllegalArgumentException(name);
            }
        }
        String sql = "SELECT o.id FROM occasions o WHERE " + String.join(" AND ", where)
                + " ORDER BY COALESCE(o.date_start, '') DESC, o.id DESC";
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
