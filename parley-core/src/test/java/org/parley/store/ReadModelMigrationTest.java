package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.read.EventFilter;

/** Scripts 100 and 101 (the read model) on databases written before them, and on rows written after them. */
class ReadModelMigrationTest {

    @TempDir
    Path dir;

    @Test
    void triggerBodiesStayWholeWhenAScriptIsSplit() {
        List<String> statements = Migrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE t (x TEXT);
                CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN
                    INSERT INTO u VALUES (new.x);
                    DELETE FROM v;
                END;
                CREATE INDEX t_x ON t (x);
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER") && statements.get(1).endsWith("END;"));
    }

    @Test
    void aVersionOneDatabaseGetsItsSearchIndexAndKeysFromItsRows() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            applyScripts(st, "001-initial.sql");
            osloAsVersionOneWroteIt(st);
        }
        try (ReadModel model = SqliteReadModel.open(db, 1)) {
            assertEquals(2, model.events(EventFilter.ALL.withActor("Tomas Lind"), null, 10).events().size());
            assertEquals(1, model.search("Tuesday", 10).stream().filter(h -> h.kind().equals("evidence")).count());
            assertEquals(1, model.search("fisheries", 10).stream().filter(h -> h.kind().equals("article")).count());
        }
        assertEquals(2, count(db, "SELECT COUNT(*) FROM occasion_pairs WHERE a = 'FIN' AND b = 'NOR' AND day = '2024-03-05'"));
    }

    @Test
    void rowsWrittenAfterTheMigrationAreSearchableAndFilterable() {
        Path db = dir.resolve("new.db");
        try (Store store = SqliteStore.open(db)) {
            store.save(Fixtures.osloMeeting());
        }
        try (ReadModel model = SqliteReadModel.open(db, 1)) {
            assertEquals(2, model.events(EventFilter.ALL.withActor("Anna Berg"), null, 10).events().size());
            assertEquals(1, model.search("fisheries memorandum", 10).stream()
                    .filter(h -> h.kind().equals("evidence")).count());
        }
    }

    @Test
    void aVersion101DatabaseGetsTheSidesOfItsEventsAndTheirChannels() throws Exception {
        Path db = dir.resolve("v101.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            applyScripts(st, "001-initial.sql", "002-knowledge-base.sql", "050-duplicates.sql", "100-read-model.sql",
                    "101-desk-occasions.sql");
            osloAsVersionOneWroteIt(st);
            st.executeUpdate("INSERT INTO events VALUES (3, 'a1', 2, 'agreement', 'occurred', '2024-06-01', NULL, 'month',"
                    + " 'explicit', 'in June', NULL, NULL, '057', 0.5, 'Russia and China signed a roadmap.', 0, 10)");
            st.executeUpdate("INSERT INTO occasions (id, type, status, date_start, date_precision) VALUES"
                    + " (1, 'meeting', 'occurred', '2024-03-05', 'day'), (3, 'agreement', 'occurred', '2024-06-01', 'month')");
            st.executeUpdate("INSERT INTO occasion_events (event_id, occasion_id) VALUES (1, 1), (3, 3)");
        }
        try (ReadModel model = SqliteReadModel.open(db, 1)) {
            var rus = model.events(new EventFilter(null, "RUS", null, null, null, null, null, null), null, 10).events();
            assertEquals(1, rus.size());
            assertEquals(List.of("RUS", "CHN"), rus.get(0).sides());
            var foreign = model.events(new EventFilter(null, null, null, null, null, null, null, null,
                    org.parley.model.Channel.FOREIGN_MINISTRY), null, 10).events();
            assertEquals(List.of(1L), foreign.stream().map(e -> e.id()).toList(), "Foreign Minister Anna Berg's meeting");
        }
        assertEquals(1, count(db, "SELECT COUNT(*) FROM occasion_pairs WHERE a = 'CHN' AND b = 'RUS'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM monthly_channels WHERE channel = 'other' AND month = '2024-06'"));
    }

    private static void applyScripts(Statement st, String... scripts) throws Exception {
        st.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        for (String script : scripts) {
            try (InputStream in = Migrations.class.getResourceAsStream("sqlite/" + script)) {
                for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    st.executeUpdate(sql);
                }
            }
            st.executeUpdate("INSERT INTO schema_version VALUES (" + Migrations.versionOf(script) + ", 'earlier')");
        }
    }

    /** The Oslo meeting and agreement as a Parley of schema version 1 stored them: plain rows, no sides. */
    private static void osloAsVersionOneWroteIt(Statement st) throws SQLException {
        String text = Fixtures.MEETING_TEXT.replace("'", "''");
        st.executeUpdate("INSERT INTO articles (id, source_id, origin, url, title, published, text, ingested_at)"
                + " VALUES ('a1', 'oslo-meeting', 'in/oslo-meeting.txt', NULL, 'Berg meets Lind', '2024-03-05', '"
                + text + "', 'earlier')");
        String first = text.substring(0, text.indexOf('\n'));
        st.executeUpdate("INSERT INTO events VALUES (1, 'a1', 0, 'meeting', 'occurred', '2024-03-05', NULL, 'day',"
                + " 'relative', 'on Tuesday', 'Oslo', NULL, '042', 0.9, '" + first + "', 0, " + first.length() + ")");
        st.executeUpdate("INSERT INTO events VALUES (2, 'a1', 1, 'agreement', 'occurred', '2024-03-05', NULL, 'day',"
                + " 'article_date', NULL, 'Oslo', NULL, '057', 0.7, 'They signed a fisheries memorandum.', 0, 10)");
        st.executeUpdate("INSERT INTO event_participants (event_id, position, name, name_folded, country, title) VALUES"
                + " (1, 0, 'Anna Berg', 'anna berg', 'NOR', 'Foreign Minister'), (1, 1, 'Tomas Lind', 'tomas lind', 'FIN', NULL),"
                + " (2, 0, 'Anna Berg', 'anna berg', 'NOR', NULL), (2, 1, 'Tomas Lind', 'tomas lind', 'FIN', NULL)");
    }

    private static int count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
