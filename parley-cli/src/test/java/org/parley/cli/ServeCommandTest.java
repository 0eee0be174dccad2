package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve and bench-api commands' refusals; serving itself is tested in parley-server. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void serveAndBenchApiAnswerHelp() {
        for (String command : List.of("serve", "bench-api")) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("Usage: parley " + command), r.out());
        }
    }

    @Test
    void serveRefusesAMissingDatabaseOnOneLine() {
        Cli.Result r = Cli.run("serve", "--db", dir.resolve("none.db").toString(), "--port", "0");

        assertEquals(1, r.exit());
        assertEquals(List.of("parley: no database at " + dir.resolve("none.db") + " (run 'parley ingest' first)"),
                r.errLines());
    }

    @Test
    void aShortTokenIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--token", "abc", "--port", "0");

        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("parley: --token must be at least 16 characters"), r.err());
    }
}
