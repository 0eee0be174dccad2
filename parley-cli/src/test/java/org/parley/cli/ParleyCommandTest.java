package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParleyCommandTest {

    /** Every registered command, so that a command added later is covered without editing this test. */
    static Set<String> commands() {
        return Parley.commandLine(FakePipeline::create).getSubcommands().keySet();
    }

    @Test
    void theCommandsOfTheReadmeAreRegistered() {
        assertTrue(commands().containsAll(List.of("ingest", "extract", "events", "eval", "bench")), commands().toString());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: parley " + command), r.out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorOnOneLine() {
        Cli.Result r = Cli.run("import", "x");

        assertEquals(2, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("parley: Unmatched arguments"), r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();

        assertEquals(2, r.exit());
        assertEquals(List.of("parley: a command is required (see 'parley --help')"), r.errLines());
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Cli.Result r = Cli.run("extract", "somewhere");

        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("parley: Missing required option: '--out=DIR'"), r.err());
    }

    @Test
    void aBadOptionValueIsAUsageErrorOnOneLine() {
        Cli.Result r = Cli.run("ingest", "in", "--threads", "0");

        assertEquals(2, r.exit());
        assertEquals(List.of("parley: --threads must be at least 1, got 0 (see 'parley ingest --help')"), r.errLines());
    }

    @Test
    void aFailureInsideACommandIsOneLineWithoutAStackTrace(@TempDir Path dir) {
        Path db = dir.resolve("no-such-folder").resolve("parley.db");

        Cli.Result r = Cli.run("ingest", dir.toString(), "--db", db.toString());

        assertEquals(1, r.exit());
        assertEquals(List.of("parley: cannot open database " + db + ": folder " + db.getParent() + " does not exist"),
                r.errLines());
    }
}
