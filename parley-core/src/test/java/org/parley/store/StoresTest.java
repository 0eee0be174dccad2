package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoresTest {

    @Test
    void postgresqlUrlsOfEveryFormAreTheSharedBackendAndAnythingElseIsASqliteFile() {
        assertTrue(Stores.isPostgres("postgresql://db.example:5432/parley?user=a"));
        assertTrue(Stores.isPostgres("postgres://db.example/parley"));
        assertTrue(Stores.isPostgres("jdbc:postgresql://db.example/parley"));
        assertFalse(Stores.isPostgres("parley.db"));
        assertFalse(Stores.isPostgres("/data/postgresql/parley.db"));
    }

    @Test
    void credentialsInTheAuthorityBecomeDriverParameters() {
        assertEquals("jdbc:postgresql://db.example:5432/parley?user=ann&password=s3cret",
                Stores.jdbcUrl("postgresql://ann:s3cret@db.example:5432/parley"));
        assertEquals("jdbc:postgresql://db.example/parley?sslmode=require&user=ann",
                Stores.jdbcUrl("postgres://ann@db.example/parley?sslmode=require"));
        assertEquals("jdbc:postgresql://db.example:5432/parley?user=ann",
                Stores.jdbcUrl("postgresql://db.example:5432/parley?user=ann"));
        assertEquals("jdbc:postgresql://h/p?user=u", Stores.jdbcUrl("jdbc:postgresql://h/p?user=u"));
    }

    @Test
    void passwordsAreLeftOutOfMessages() {
        assertEquals("jdbc:postgresql://h/p?user=u&password=***", Stores.redacted("jdbc:postgresql://h/p?user=u&password=x"));
        assertEquals("postgresql://u:***@h/p", Stores.redacted("postgresql://u:secret@h/p"));
    }
}
