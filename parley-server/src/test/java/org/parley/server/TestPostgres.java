package org.parley.server;


import org.parley.testing.Prerequisite;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use, named by {@code PARLEY_TEST_PG_URL} (a JDBC URL with user and password;
 * {@code .ci/postgres.sh} starts one and prints it), as parley-core's tests use it. Each test class gets a
 * schema of its own, dropped afterwards, so tests never see each other's rows.
 */
final class TestPostgres {

    static final String VARIABLE = "PARLEY_TEST_PG_URL";

    private TestPostgres() {
    }

    /** Skips the calling test when no server is named. */
    static String url() {
        String url = System.getenv(VARIABLE);
        Prerequisite.require(url != null && !url.isBlank(), VARIABLE + " is not set: no PostgreSQL server to test against"
                + " (export PARLEY_TEST_PG_URL=$(.ci/postgres.sh) starts one and names it)");
        return url;
    }

    /** Creates a fresh schema; returns its name. */
    static String createSchema() throws SQLException {
        String schema = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    /** The JDBC URL that puts every unqualified table in {@code schema}. */
    static String urlFor(String schema) {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
