package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;
import org.parley.resolve.Curation;

/**
 * The keys and counts of script 101, kept by triggers, always equal what they summarise: after articles
 * are saved (a second source joining an occasion, a plan fulfilled), after a rebuild and after a merge.
 */
class DeskKeysTest {

    @TempDir
    Path dir;

    private static final String MONTH = "CASE WHEN o.date_precision IN ('day', 'month') THEN substr(o.date_start, 1, 7) END";
    private static final String SOURCES = " FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id"
            + " JOIN event_participants p ON p.event_id = oe.event_id";
    private static final String SIDES = " FROM occasions o JOIN occasion_events oe ON oe.occasion_id = o.id"
            + " JOIN event_sides p ON p.event_id = oe.event_id";

    /** Each kept table, as read, and as derived from scratch. */
    /** The pair summaries of 105, as read and as derived from the keys. */
    private static final Map<String, String> PAIR_SUMMARIES = Map.of(
            "SELECT a, b, month, channel, occasions FROM monthly_pair_channels WHERE occasions > 0",
            "SELECT k.a, k.b, k.month, h.channel, COUNT(*) FROM occasion_pairs k JOIN occasion_channels h"
                    + " ON h.occasion_id = k.occasion_id WHERE k.month IS NOT NULL GROUP BY 1, 2, 3, 4",
            "SELECT country, month, type, status, channel, occasions FROM monthly_country_channels WHERE occasions > 0",
            "SELECT k.country, k.month, k.type, k.status, h.channel, COUNT(*) FROM occasion_countries k"
                    + " JOIN occasion_channels h ON h.occasion_id = k.occasion_id WHERE k.month IS NOT NULL"
                    + " GROUP BY 1, 2, 3, 4, 5",
            "SELECT a, b, actor_id, occasions FROM pair_actors WHERE occasions > 0",
            "SELECT k.a, k.b, x.actor_id, COUNT(*) FROM occasion_pairs k JOIN occasion_actors x"
                    + " ON x.occasion_id = k.occasion_id GROUP BY 1, 2, 3");

    private static final Map<String, String> KEPT_AND_DERIVED = Map.of(
            "SELECT actor_id, day, occasion_id, month, type, status FROM occasion_actors",
            "SELECT DISTINCT p.actor_id, COALESCE(o.date_start, ''), o.id, " + MONTH + ", o.type, o.status" + SOURCES
                    + " WHERE p.actor_id IS NOT NULL",
            "SELECT a, b, day, occasion_id, month, type, status FROM occasion_pairs",
            "SELECT DISTINCT p.country, q.country, COALESCE(o.date_start, ''), o.id, " + MONTH + ", o.type, o.status"
                    + SIDES + " JOIN occasion_events oe2 ON oe2.occasion_id = o.id"
                    + " JOIN event_sides q ON q.event_id = oe2.event_id WHERE p.country < q.country",
            "SELECT country, day, occasion_id, month, type, status FROM occasion_countries",
            "SELECT DISTINCT p.country, COALESCE(o.date_start, ''), o.id, " + MONTH + ", o.type, o.status" + SIDES,
            "SELECT channel, day, occasion_id, month, type, status FROM occasion_channels",
            "SELECT (SELECT e.channel FROM occasion_events x JOIN events e ON e.id = x.event_id JOIN channel_ranks r"
                    + " ON r.channel = e.channel WHERE x.occasion_id = o.id ORDER BY r.rank LIMIT 1),"
                    + " COALESCE(o.date_start, ''), o.id, " + MONTH + ", o.type, o.status FROM occasions o",
            "SELECT channel, month, type, status, occasions FROM monthly_channels WHERE occasions > 0",
            "SELECT channel, month, type, status, COUNT(*) FROM occasion_channels WHERE month IS NOT NULL"
                    + " GROUP BY 1, 2, 3, 4",
            "SELECT actor_id, occasions FROM actor_counts",
            "SELECT actor_id, COUNT(*) FROM occasion_actors GROUP BY actor_id",
            "SELECT actor_id, other_id, occasions FROM actor_pairs WHERE occasions > 0",
            "SELECT x.actor_id, y.actor_id, COUNT(*) FROM occasion_actors x JOIN occasion_actors y"
                    + " ON y.occasion_id = x.occasion_id AND y.actor_id <> x.actor_id GROUP BY 1, 2",
            "SELECT month, type, status, occasions FROM monthly_types WHERE occasions > 0",
            "SELECT " + MONTH + ", type, status, COUNT(*) FROM occasions o WHERE " + MONTH + " IS NOT NULL"
                    + " GROUP BY 1, 2, 3",
            "SELECT country, month, type, status, occasions FROM monthly_countries WHERE occasions > 0",
            "SELECT country, month, type, status, COUNT(*) FROM occasion_countries WHERE month IS NOT NULL"
                    + " GROUP BY 1, 2, 3, 4",
            "SELECT a, b, month, type, status, occasions FROM monthly_pairs WHERE occasions > 0",
            "SELECT a, b, month, type, status, COUNT(*) FROM occasion_pairs WHERE month IS NOT NULL GROUP BY 1, 2, 3, 4, 5");

    @Test
    void countsFollowSavesRebuildsAndMerges() throws SQLException {
        Path db = dir.resolve("desk.db");
        Participant berg = new Participant("Anna Berg", "NOR", null);
        Participant lind = new Participant("Tomas Lind", "FIN", null);
        Participant kask = new Participant("Maria Kask", "EST", null);
        try (SqliteStore store = SqliteStore.open(db)) {
            store.save(Fixtures.osloMeeting());
            FuzzyDate may = FuzzyDate.day(LocalDate.of(2024, 5, 14));
            store.save(Fixtures.single("plan", EventType.MEETING, EventStatus.PLANNED, may, berg, kask));
            store.save(Fixtures.single("held", EventType.MEETING, EventStatus.OCCURRED, may, berg, kask));
            store.save(Fixtures.single("call", EventType.CALL, EventStatus.OCCURRED,
                    FuzzyDate.month(2024, 6), lind, kask));
            store.save(Fixtures.single("year", EventType.CALL, EventStatus.OCCURRED,
                    FuzzyDate.year(2023), lind, berg));
            store.save(Fixtures.single("undated", EventType.MESSAGE, EventStatus.OCCURRED, null, kask,
                    new Participant("Maria  Kask", "EST", null)));
            store.save(Fixtures.sidesOnly("roadmap", FuzzyDate.month(2024, 6),
                    "Russia and China signed a roadmap on trade.", null));
            assertKeptEqualsDerived(db);
            assertEquals(1, rows(db, "SELECT 1 FROM occasions WHERE plan_fulfilled = 1").size(), "the plan was fulfilled");

            store.rebuildKnowledgeBase();
            assertKeptEqualsDerived(db);

            store.decide(new Curation.Decision(Curation.MERGE, "Anna Berg", "Maria Kask", null));
            assertKeptEqualsDerived(db);
        }
    }

    private static void assertKeptEqualsDerived(Path db) throws SQLException {
        for (Map.Entry<String, String> e : PAIR_SUMMARIES.entrySet()) {
            assertEquals(rows(db, e.getValue()), rows(db, e.getKey()), e.getKey());
        }
        assertFalse(rows(db, "SELECT * FROM pair_actors WHERE occasions > 0").isEmpty());
        for (Map.Entry<String, String> e : KEPT_AND_DERIVED.entrySet()) {
            List<String> kept = rows(db, e.getKey());
            assertEquals(rows(db, e.getValue()), kept, e.getKey());
        }
        assertFalse(rows(db, "SELECT * FROM occasion_pairs").isEmpty());
    }

    private static List<String> rows(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }
}
