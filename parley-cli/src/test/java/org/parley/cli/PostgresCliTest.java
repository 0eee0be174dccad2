package org.parley.cli;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that take {@code --db FILE} take a PostgreSQL URL as well. Runs against the server named
 * by {@code PARLEY_TEST_PG_URL} (see .ci/postgres.sh), in a schema of its own; skipped without one.
 */
class PostgresCliTest {

    private static final String VARIABLE = "PARLEY_TEST_PG_URL";

    @TempDir
    Path dir;

    private String schema;
    private String url;

    @BeforeEach
    void createSchema() throws Exception {
        String server = System.getenv(VARIABLE);
        Prerequisite.require(server != null && !server.isBlank(), VARIABLE + " is not set: no PostgreSQL server to test"
                + " against (export PARLEY_TEST_PG_URL=$(.ci/postgres.sh) starts one and names it)");
        schema = "parley_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE SCHEMA " + schema);
        url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            execute(System.getenv(VARIABLE), "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void ingestEventsActorsAndExportWorkOnAPostgresqlDatabase() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Articles.write(in.resolve("madrid.txt"), Articles.MADRID);

        Cli.Result ingest = Cli.run("ingest", in.toString(), "--db", url);
        assertEquals(0, ingest.exit(), ingest.err());
        assertEquals(0, Cli.run("ingest", in.toString(), "--db", url).exit(), "a second run stores nothing new");

        Cli.Result events = Cli.run("events", "--db", url, "--format", "csv");
        assertEquals(0, events.exit(), events.err());
        assertEquals(4, events.out().strip().split("\n").length, events.out()); // header and three events

        Cli.Result actors = Cli.run("actors", "--db", url, "--country", "NOR");
        assertEquals(0, actors.exit(), actors.err());
        assertTrue(actors.out().contains("Anna Berg"), actors.out());

        Path out = dir.resolve("events.csv");
        Cli.Result export = Cli.run("export", "--db", url, "--format", "csv", "--out", out.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals(3, ExportCommandTest.csv(out).size());
    }

    @Test
    void aWrongPasswordIsOneLineWithoutThePassword() {
        String wrong = System.getenv(VARIABLE).replaceAll("password=[^&]*", "password=wrong-secret");
        Cli.Result r = Cli.run("events", "--db", wrong);
        assertEquals(Parley.FAILURE, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(!r.err().contains("wrong-secret"), r.err());
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
