package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void componentsWithoutTheKnowledgeBaseIsAUsageErrorBeforeAnythingIsExtracted() throws Exception {
        Path gold = dir.resolve("gold");
        Articles.write(gold.resolve("oslo.txt"), Articles.OSLO);
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("eval", gold.toString(), "--components", "--no-kb", "--out", out.toString());

        assertEquals(Parley.USAGE, r.exit());
        assertEquals(List.of("parley: --components measures sides with and without the knowledge base: leave out"
                + " --no-kb (see 'parley eval --help')"), r.errLines());
        assertFalse(Files.exists(out));
    }
}
