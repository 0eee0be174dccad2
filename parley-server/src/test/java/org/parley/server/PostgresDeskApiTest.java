package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * {@link DeskApiTest} against PostgreSQL: the same answers from the same articles, but for one known
 * difference: PostgreSQL's 'english' text search does not fold accents, so "Sanchez" and "Sánchez" find
 * different texts (FTS5 folds them with remove_diacritics).
 */
class PostgresDeskApiTest extends DeskApiTest {

    private String schema;

    /** Operators are plain words, as in SQLite; accents are not folded (see above). */
    @Override
    @Test
    void searchTakesQueryOperatorsAsPlainWords() {
        assertEquals(200, server.get("/api/search?q=%22rail%20AND%20(NEAR").status());
        assertFalse(server.json("/api/search?q=Sanchez").get("hits").isEmpty());
        assertFalse(server.json("/api/search?q=S%C3%A1nchez").get("hits").isEmpty());
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
