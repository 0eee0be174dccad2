package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.testing.Prerequisite;

/** The PostgreSQL schema history: twin of SQLite's, upgrades in place, and PostgreSQL's own text search. */
class PostgresSchemaTest {

    private String schema;

    @BeforeEach
    void createSchema() throws Exception {
        Prerequisite.require(TestPostgres.available(), TestPostgres.SKIPPED);
        schema = TestPostgres.createSchema();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void everySqliteScriptHasAPostgresqlTwinOfTheSameNumber() throws Exception {
        assertEquals(scripts("sqlite").stream().filter(s -> !scripts("postgresql").contains(s)).toList(), List.of());
    }

    @Test
    void aVersionOneDatabaseIsUpgradedInPlaceKeepingItsArticles() throws Exception {
        String url = TestPostgres.urlFor(schema);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            for (String sql : Migrations.statements(script("postgresql", "001-initial.sql"))) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("INSERT INTO schema_version VALUES (1, 'then')");
            // as version 1 wrote it: plain rows, no knowledge base, no sides
            String text = Fixtures.MEETING_TEXT.replace("'", "''");
            String first = text.substring(0, text.indexOf('\n'));
            st.executeUpdate("INSERT INTO articles (id, source_id, origin, url, title, published, text, ingested_at)"
                    + " VALUES ('a1', 'oslo-meeting', 'in/oslo-meeting.txt', NULL, 'Berg meets Lind', '2024-03-05', '"
                    + text + "', 'then')");
            st.executeUpdate("INSERT INTO events VALUES (1, 'a1', 0, 'meeting', 'occurred', '2024-03-05', NULL, 'day',"
                    + " 'relative', 'on Tuesday', 'Oslo', NULL, '042', 0.9, '" + first + "', 0, " + first.length() + ")");
            st.executeUpdate("INSERT INTO events VALUES (2, 'a1', 1, 'agreement', 'occurred', '2024-03-05', NULL, 'day',"
                    + " 'article_date', NULL, 'Oslo', NULL, '057', 0.7, 'They signed a fisheries memorandum.', 0, 10)");
            st.executeUpdate("INSERT INTO event_participants (event_id, position, name, name_folded, country, title)"
                    + " VALUES (1, 0, 'Anna Berg', 'anna berg', 'NOR', 'Foreign Minister'),"
                    + " (1, 1, 'Tomas Lind', 'tomas lind', 'FIN', NULL), (2, 0, 'Anna Berg', 'anna berg', 'NOR', NULL),"
                    + " (2, 1, 'Tomas Lind', 'tomas lind', 'FIN', NULL)");
            st.executeUpdate("INSERT INTO persons (article_id, position, name, country) VALUES"
                    + " ('a1', 0, 'Anna Berg', 'NOR'), ('a1', 1, 'Tomas Lind', 'FIN')");
        }
        try (Store store = Stores.open(url)) {
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(2, events.size(), "the old articles' events resolved into occasions on open");
            assertEquals(List.of("Anna Berg", "Tomas Lind"), StoreContract.personNames(store.actors(ActorQuery.ALL)));
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(List.of("1", "2", "50", "100", "101", "102", "103", "104", "105", "106", "120", "200", "201"),
                    column(c, "SELECT version FROM schema_version ORDER BY version"));
            assertEquals(List.of("FIN", "NOR"), column(c, "SELECT DISTINCT country FROM occasion_countries ORDER BY 1"));
            assertEquals(List.of("foreign-ministry"), column(c, "SELECT channel FROM events WHERE id = 1"));
            assertEquals(List.of("then"), column(c, "SELECT applied_at FROM schema_version WHERE version = 1"));
        }
    }

    /** Scripts 50 and 100 are applied on open; article text and evidence are found with PostgreSQL's own search. */
    @Test
    void laterScriptsApplyAndArticlesAndEvidenceAreFoundByTsvectorSearch() throws Exception {
        String url = TestPostgres.urlFor(schema);
        try (Store store = Stores.open(url)) {
            store.save(Fixtures.osloMeeting());
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(List.of("oslo-meeting"), column(c, "SELECT source_id FROM articles"
                    + " WHERE search @@ websearch_to_tsquery('english', 'fishery memorandums')"));
            assertEquals(List.of(), column(c, "SELECT source_id FROM articles"
                    + " WHERE search @@ websearch_to_tsquery('english', 'trade -fisheries')"));
            assertEquals(List.of("meeting"), column(c, "SELECT type FROM events"
                    + " WHERE search @@ websearch_to_tsquery('english', '\"met Finnish counterpart\"')"));
            assertEquals(List.of("article_fingerprints", "article_urls", "watch_seen_links"), column(c,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_name IN ('article_fingerprints', 'article_urls', 'watch_seen_links')"
                            + " ORDER BY table_name"));
        }
    }

    private static List<String> scripts(String folder) {
        try {
            Path dir = Path.of(Migrations.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String script(String folder, String name) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream(folder + "/" + name)) {
            assertTrue(in != null, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
