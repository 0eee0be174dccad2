package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use, named by the environment variable {@code PARLEY_TEST_PG_URL}
 * (a JDBC URL with user and password; {@code .ci/postgres.sh} starts one and prints it). Each test gets
 * a schema of its own, dropped afterwards, so tests never see each other's rows.
 */
final class TestPostgres {

    static final String VARIABLE = "PARLEY_TEST_PG_URL";
    static final String SKIPPED = VARIABLE + " is not set: no PostgreSQL server to test against"
            + " (export PARLEY_TEST_PG_URL=$(.ci/postgres.sh) starts one and names it)";

    private TestPostgres() {
    }

    static String url() {
        return System.getenv(VARIABLE);
    }

    static boolean available() {
        return url() != null && !url().isBlank();
    }

    /** Creates a fresh schema; returns its name. */
    static String createSchema() throws SQLException {
        String schema = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url(), "CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) throws SQLException {
        execute(url(), "DROP SCHEMA " + schema + " CASCADE");
    }

    /** The JDBC URL that puts every unqualified table in {@code schema}. */
    static String urlFor(String schema) {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
