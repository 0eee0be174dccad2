package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format bench's shape, with the cheap pipeline: its figures are measured with CoreNLP by hand. */
class FormatOverheadBenchTest {

    @TempDir
    Path dir;

    @Test
    void timesTextPagesAndWarcAndLeavesNoFilesBehind() throws Exception {
        Articles.write(dir.resolve("in/fish.txt"), Stories.FISHERIES);
        Articles.write(dir.resolve("in/rail.txt"), Stories.RAIL);
        Articles.write(dir.resolve("in/notes.md"), "not an article");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long tempBefore = tempFolders();

        FormatOverheadBench.run(dir.resolve("in"), 1, 1, FakePipeline::create, new PrintWriter(out), new PrintWriter(err));

        List<String> lines = List.of(out.toString().split("\n"));
        assertEquals(5, lines.size(), out.toString());
        assertTrue(lines.get(1).matches("txt +\\d+\\.\\d\\d  -"), lines.get(1));
        assertTrue(lines.get(2).matches("html +\\d+\\.\\d\\d  [+-]\\d+\\.\\d%"), lines.get(2));
        assertTrue(lines.get(3).matches("warc +\\d+\\.\\d\\d  [+-]\\d+\\.\\d%"), lines.get(3));
        assertTrue(lines.get(4).startsWith("bar     html and warc at most +20%: "), lines.get(4));
        assertTrue(err.toString().startsWith("parley: format bench over 2 articles"), err.toString());
        assertEquals(tempBefore, tempFolders());
    }

    private static long tempFolders() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("parley-bench-formats")).count();
        }
    }
}
