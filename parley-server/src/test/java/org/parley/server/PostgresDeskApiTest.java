package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link DeskApiTest} against PostgreSQL: the same answers from the same articles; accents are folded in the
 * search columns (104-search-stems), as FTS5 folds them with remove_diacritics.
 */
class PostgresDeskApiTest extends DeskApiTest {

    private String schema;

    /** Operators are plain words, as in SQLite; "Sanchez" and "Sánchez" find the same texts. */
    @Override
    @Test
    void searchTakesQueryOperatorsAsPlainWords() {
        assertEquals(200, server.get("/api/search?q=%22rail%20AND%20(NEAR").status());
        assertFalse(server.json("/api/search?q=Sanchez").get("hits").isEmpty());
        assertEquals(server.json("/api/search?q=sanchez").get("hits").size(),
                server.json("/api/search?q=S%C3%A1nchez").get("hits").size());
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
