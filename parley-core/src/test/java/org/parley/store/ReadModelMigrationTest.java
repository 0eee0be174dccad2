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
            st.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            try (InputStream in = Migrations.class.getResourceAsStream("sqlite/001-initial.sql")) {
                for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    st.executeUpdate(sql);
                }
            }
            st.executeUpdate("INSERT INTO schema_version VALUES (1, 'earlier')");
            new ExtractionWriter(c).insert(Fixtures.osloMeeting());
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

    private static int count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
