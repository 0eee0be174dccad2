package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link DeskApiTest} against PostgreSQL: the same answers from the same articles, search included:
 * accents are folded there too (unaccent, postgresql/201), so "Sanchez" and "Sánchez" find the same texts
 * as FTS5's remove_diacritics does.
 */
class PostgresDeskApiTest extends DeskApiTest {

    private String schema;

    @Test
    void searchFoldsAccentsBothWays() {
        // two articles, one writing Lucia Sanchez and one Lucía Sánchez: both found either way
        String plain = server.json("/api/search?q=Lucia%20Sanchez").get("hits").toString();
        assertEquals(plain, server.json("/api/search?q=Luc%C3%ADa%20S%C3%A1nchez").get("hits").toString());
        assertTrue(plain.contains("\"Sánchez\"") && plain.contains("\"Sanchez\""), plain);
    }

    @Test
    void searchStemsEnglishWords() {
        assertFalse(server.json("/api/search?q=signing").get("hits").isEmpty(), "'signing' finds 'signed'");
    }

    @Override
    String database() throws Exception {
        TestPostgres.url();
        schema = TestPostgres.createSchema();
        return DeskArticles.fill(TestPostgres.urlFor(schema));
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
