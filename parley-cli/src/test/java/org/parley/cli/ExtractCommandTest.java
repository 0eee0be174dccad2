package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void extractWritesOneJsonFilePerArticleNamedByItsId() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Articles.write(in.resolve("sub/madrid.txt"), Articles.MADRID);
        Articles.write(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("extract", in.toString(), "--out", out.toString());

        assertEquals(1, r.exit());
        assertEquals("read 2, written 2, already written 0, near-duplicates 0, skipped by language 0, skipped records 0, failed 1, events 3\n"
                + "failed: " + in.resolve("empty.txt") + ": file is empty\n", r.out());
        assertTrue(Files.readString(out.resolve("oslo.json")).contains("Anna Berg"));
        assertTrue(Files.exists(out.resolve("madrid.json")));
        assertEquals(List.of("parley: " + in.resolve("empty.txt") + ": file is empty"), r.errLines().stream()
                .filter(l -> !l.startsWith("parley: extract ")).toList());
    }

    @Test
    void twoArticlesWithTheSameIdAreNotWrittenOverEachOther() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("a/story.txt"), Articles.OSLO);
        Path second = Articles.write(in.resolve("b/story.txt"), Articles.MADRID);

        Cli.Result r = Cli.run("extract", in.toString(), "--out", dir.resolve("out").toString(), "--threads", "1");

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("parley: " + second + ": another article with id story was already written"),
                r.err());
    }
}
