package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;

class SqliteStoreTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("parley.db");
    }

    @Test
    void saveWritesArticleEventsParticipantsAndPersonsAsRows() throws SQLException {
        Extraction extraction = Fixtures.osloMeeting();
        try (Store store = SqliteStore.open(db())) {
            assertTrue(store.save(extraction));
        }
        String hash = extraction.article().contentHash();
        try (Connection c = jdbc()) {
            assertEquals(List.of(List.of(hash, "oslo-meeting", "in/oslo-meeting.txt", "https://example.org/oslo",
                            "Berg meets Lind", "2024-03-05", "dateline", Fixtures.MEETING_TEXT)),
                    rows(c, "SELECT id, source_id, origin, url, title, published, published_how, text FROM articles"));
            assertEquals(List.of(
                            List.of(hash, "0", "meeting", "occurred", "2024-03-05", "day", "relative", "on Tuesday",
                                    "Oslo", "042", "0"),
                            List.of(hash, "1", "agreement", "occurred", "2024-03-05", "day", "article_date", "null",
                                    "Oslo", "057",
                                    String.valueOf(Fixtures.MEETING_TEXT.indexOf("They signed")))),
                    rows(c, "SELECT article_id, position, type, status, date_start, date_precision, date_source,"
                            + " date_text, location, cameo, evidence_begin FROM events ORDER BY id"));
            assertEquals(List.of(List.of("0", "Anna Berg", "anna berg", "NOR", "Foreign Minister"),
                            List.of("1", "Tomas Lind", "tomas lind", "FIN", "null")),
                    rows(c, "SELECT p.position, p.name, p.name_folded, p.country, p.title FROM event_participants p"
                            + " JOIN events e ON e.id = p.event_id WHERE e.position = 0 ORDER BY p.position"));
            assertEquals(List.of(List.of("Anna Berg", "NOR"), List.of("Tomas Lind", "FIN")),
                    rows(c, "SELECT name, country FROM persons ORDER BY position"));
            assertEquals(List.of(List.of("Tomas Lind", "Lind"), List.of("Tomas Lind", "Mr. Lind")),
                    rows(c, "SELECT p.name, a.alias FROM person_aliases a JOIN persons p ON p.id = a.person_id"
                            + " WHERE p.name = 'Tomas Lind' ORDER BY a.position"));
            assertEquals(List.of(List.of("Foreign Minister"), List.of("Finnish counterpart")),
                    rows(c, "SELECT t.title FROM person_titles t JOIN persons p ON p.id = t.person_id ORDER BY p.position"));
        }
    }

    @Test
    void savingTheSameTextAgainReturnsFalseAndChangesNothing() throws SQLException {
        Extraction extraction = Fixtures.osloMeeting();
        try (Store store = SqliteStore.open(db())) {
            assertTrue(store.save(extraction));
        }
        List<List<String>> before = counts();
        try (Store store = SqliteStore.open(db())) {
            assertTrue(store.contains(extraction.article().contentHash()));
            assertFalse(store.save(extraction));
            assertFalse(store.save(new Extraction(extraction.article(), null, null, "", List.of(), List.of())));
        }
        assertEquals(before, counts());
    }

    @Test
    void containsIsFalseForAnUnknownHash() {
        try (Store store = SqliteStore.open(db())) {
            assertFalse(store.contains("0123456789abcdef0123456789abcdef"));
        }
    }

    @Test
    void openSetsWalForeignKeysAndRecordsTheSchemaVersionOnce() throws SQLException {
        SqliteStore.open(db()).close();
        SqliteStore.open(db()).close();
        try (Connection c = jdbc()) {
            assertEquals(List.of(List.of("wal")), rows(c, "PRAGMA journal_mode"));
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("50"), List.of("100"), List.of("101"), List.of("102"), List.of("103"), List.of("104"), List.of("105"), List.of("106"), List.of("120"), List.of("200"), List.of("201")), rows(c, "SELECT version FROM schema_version ORDER BY version"));
        }
        try (Store store = SqliteStore.open(db())) {
            store.save(Fixtures.osloMeeting());
        }
        try (Connection c = jdbc()) {
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
    }

    @Test
    void aDatabaseFromANewerParleyIsRefused() throws SQLException {
        SqliteStore.open(db()).close();
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')");
        }
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(db()));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void eventsComeBackWithParticipantsDateAndSource() {
        Extraction extraction = Fixtures.osloMeeting();
        try (Store store = SqliteStore.open(db())) {
            store.save(extraction);
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(2, events.size());
            StoredEvent meeting = events.get(0);
            assertEquals(EventType.MEETING, meeting.type());
            assertEquals(FuzzyDate.day(LocalDate.of(2024, 3, 5)), meeting.date().start());
            assertEquals(DateSource.RELATIVE, meeting.date().source());
            assertEquals("on Tuesday", meeting.date().text());
            assertEquals(List.of(new Participant("Anna Berg", "NOR", "Foreign Minister"),
                    new Participant("Tomas Lind", "FIN", null)), meeting.participants());
            EventSource source = meeting.sources().get(0);
            assertEquals(new EventSource(extraction.article().contentHash(), "oslo-meeting", "in/oslo-meeting.txt",
                    "https://example.org/oslo", LocalDate.of(2024, 3, 5), extraction.events().get(0).evidence().sentence(),
                    0, extraction.events().get(0).evidence().end(), source.eventId(), EventStatus.OCCURRED,
                    extraction.events().get(0).date()), source);
            assertEquals("057", events.get(1).cameo());
        }
    }

    @Test
    void filtersSelectByActorCountryTypeStatusAndDates() {
        Participant berg = new Participant("Anna Berg", "NOR", null);
        Participant lind = new Participant("Tomas Lind", "FIN", null);
        Participant sanchez = new Participant("Lucía Sánchez", "ESP", null);
        try (Store store = SqliteStore.open(db())) {
            store.save(Fixtures.single("a", EventType.MEETING, EventStatus.OCCURRED, FuzzyDate.parse("2024-03-05"), berg, lind));
            store.save(Fixtures.single("b", EventType.CALL, EventStatus.OCCURRED, FuzzyDate.parse("2024-01-20"), berg, sanchez));
            store.save(Fixtures.single("c", EventType.VISIT, EventStatus.PLANNED, FuzzyDate.parse("2024-06"), sanchez, lind));
            store.save(Fixtures.single("d", EventType.MEETING, EventStatus.PLANNED, null, lind, sanchez));

            assertEquals(List.of("b", "a", "c", "d"), ids(store.events(EventQuery.ALL)));
            assertEquals(List.of("b", "a"), ids(store.events(EventQuery.ALL.withActor("BERG"))));
            assertEquals(List.of("b", "c", "d"), ids(store.events(EventQuery.ALL.withActor("sanchez"))));
            assertEquals(List.of("b", "c", "d"), ids(store.events(EventQuery.ALL.withActor("ÍA SÁN"))));
            assertEquals(List.of(), ids(store.events(EventQuery.ALL.withActor("%"))));
            assertEquals(List.of("a", "c", "d"), ids(store.events(EventQuery.ALL.withCountry("fin"))));
            assertEquals(List.of("a", "d"), ids(store.events(EventQuery.ALL.withType(EventType.MEETING))));
            assertEquals(List.of("c", "d"), ids(store.events(EventQuery.ALL.withStatus(EventStatus.PLANNED))));
            assertEquals(List.of("a", "c"), ids(store.events(EventQuery.ALL.between(LocalDate.of(2024, 3, 1), null))));
            assertEquals(List.of("b", "a"), ids(store.events(EventQuery.ALL.between(null, LocalDate.of(2024, 3, 5)))));
            assertEquals(List.of("a"), ids(store.events(EventQuery.ALL.withCountry("NOR")
                    .withType(EventType.MEETING).between(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5)))));
            StoredEvent visit = store.events(EventQuery.ALL.withType(EventType.VISIT)).get(0);
            assertEquals(DatePrecision.MONTH, visit.date().start().precision());
            assertNull(store.events(EventQuery.ALL.withActor("Lind").withStatus(EventStatus.PLANNED))
                    .get(1).date().start());
        }
    }

    private static List<String> ids(List<StoredEvent> events) {
        List<String> ids = new ArrayList<>();
        for (StoredEvent e : events) {
            ids.add(e.sources().get(0).sourceId());
        }
        return ids;
    }

    private List<List<String>> counts() throws SQLException {
        try (Connection c = jdbc()) {
            return rows(c, "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),"
                    + " (SELECT COUNT(*) FROM event_participants), (SELECT COUNT(*) FROM persons),"
                    + " (SELECT COUNT(*) FROM person_titles), (SELECT COUNT(*) FROM person_aliases)");
        }
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db());
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
