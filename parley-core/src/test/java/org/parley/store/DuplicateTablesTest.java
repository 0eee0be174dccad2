package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Extraction;

/** Schema 50: fingerprints, further sources and a watcher's seen links; and the numbering gap before it. */
class DuplicateTablesTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("parley.db");
    }

    @Test
    void aDatabaseAtVersionOneIsMigratedAcrossTheNumberingGap() throws SQLException {
        SqliteStore.open(db()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE article_fingerprints");
            st.executeUpdate("DROP TABLE article_urls");
            st.executeUpdate("DROP TABLE watch_seen_links");
            st.executeUpdate("DELETE FROM schema_version WHERE version = 50");
        }
        try (Store store = SqliteStore.open(db())) {
            store.addSeenLinks(List.of("https://example.org/a"));
            assertEquals(Set.of("https://example.org/a"), store.seenLinks(10));
        }
        assertEquals(106, Migrations.latest());
    }

    @Test
    void recentFingerprintsAreNewestFirstWithOriginAndDate() {
        Extraction oslo = Fixtures.osloMeeting();
        String id = oslo.article().contentHash();
        try (Store store = SqliteStore.open(db())) {
            store.save(oslo);
            store.addFingerprint(id, -5L);
            store.addFingerprint(id, 7L); // the first fingerprint stays
            List<ArticleFingerprint> recent = store.recentFingerprints(10);
            assertEquals(1, recent.size());
            assertEquals(-5L, recent.get(0).fingerprint());
            assertEquals(oslo.article().origin(), recent.get(0).origin());
            assertEquals(oslo.published(), recent.get(0).published());
            assertEquals(List.of(), store.recentFingerprints(0));
        }
    }

    @Test
    void aSourceIsRecordedOnceAndTheArticlesOwnOriginNotAtAll() throws SQLException {
        Extraction oslo = Fixtures.osloMeeting();
        String id = oslo.article().contentHash();
        try (Store store = SqliteStore.open(db())) {
            store.save(oslo);
            assertTrue(store.addSource(id, "https://copy.example.net/oslo", "feeds/copy.xml#item2", LocalDate.of(2024, 3, 6)));
            assertFalse(store.addSource(id, "https://copy.example.net/oslo", "feeds/copy.xml#item2", null));
            assertFalse(store.addSource(id, null, oslo.article().origin(), null));
            assertThrows(StoreException.class, () -> store.addSource("no-such-article", null, "x.txt", null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT url, origin, published FROM article_urls")) {
            assertTrue(rs.next());
            assertEquals("https://copy.example.net/oslo", rs.getString(1));
            assertEquals("feeds/copy.xml#item2", rs.getString(2));
            assertEquals("2024-03-06", rs.getString(3));
            assertFalse(rs.next());
        }
    }

    @Test
    void seenLinksAreRememberedOnceAndTheMostRecentComeBack() {
        try (Store store = SqliteStore.open(db())) {
            store.addSeenLinks(List.of("https://a.example/1", "https://a.example/2"));
            store.addSeenLinks(List.of("https://a.example/2", "https://a.example/3"));
            assertEquals(Set.of("https://a.example/1", "https://a.example/2", "https://a.example/3"), store.seenLinks(100));
            assertEquals(Set.of("https://a.example/3", "https://a.example/2"), store.seenLinks(2));
        }
    }
}
