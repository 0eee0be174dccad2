package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("parley.db");
    }

    @Test
    void ingestStoresEveryArticleOfAFolderTreeWithItsEvents() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Articles.write(in.resolve("more/madrid.txt"), Articles.MADRID);
        Articles.write(in.resolve("more/notes.md"), "not an article");

        Cli.Result r = Cli.run("ingest", in.toString(), "--db", db().toString(), "--threads", "2");

        assertEquals(0, r.exit(), r.err());
        assertEquals("read 2, stored 2, already stored 0, near-duplicates 0, skipped by language 0, skipped records 0, failed 0, events 3\n", r.out());
        assertEquals(List.of(List.of("madrid", "2"), List.of("oslo", "1")), Db.rows(db(),
                "SELECT a.source_id, COUNT(e.id) FROM articles a JOIN events e ON e.article_id = a.id"
                        + " GROUP BY a.source_id ORDER BY a.source_id"));
        assertEquals(6, Db.count(db(), "event_participants"));
    }

    @Test
    void ingestingAgainSkipsStoredArticlesWithoutRunningThePipeline() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Articles.write(in.resolve("madrid.txt"), Articles.MADRID);
        assertEquals(0, Cli.run("ingest", in.toString(), "--db", db().toString()).exit());
        Articles.write(in.resolve("copy-of-oslo.txt"), Articles.OSLO);

        Cli.Result again = Cli.run(() -> {
            throw new AssertionError("the pipeline should not be needed");
        }, "ingest", in.toString(), "--db", db().toString());

        assertEquals(0, again.exit(), again.err());
        assertEquals("read 3, stored 0, already stored 3, near-duplicates 0, skipped by language 0, skipped records 0, failed 0, events 0\n", again.out());
        assertEquals(2, Db.count(db(), "articles"));
        assertEquals(3, Db.count(db(), "events"));
    }

    @Test
    void eachBadInputIsOneLineNamingTheFileAndTheBatchGoesOn() throws Exception {
        Articles.write(dir.resolve("first/oslo.txt"), Articles.OSLO);
        assertEquals(0, Cli.run("ingest", dir.resolve("first").toString(), "--db", db().toString()).exit());
        List<List<String>> before = Db.rows(db(), "SELECT * FROM events ORDER BY id");

        Path in = dir.resolve("batch");
        Path empty = Articles.write(in.resolve("a-empty.txt"), "");
        Path binary = in.resolve("b-binary.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 0, 0, 7});
        Path badUtf8 = in.resolve("c-latin1.txt");
        Files.write(badUtf8, "Anna Berg of NOR met Ren\u00e9 Dupont of FRA in Oslo.".getBytes("ISO-8859-1"));
        Path huge = in.resolve("d-huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path explodes = Articles.write(in.resolve("e-explodes.txt"), "This text makes the parser EXPLODE.\n");
        Articles.write(in.resolve("f-madrid.txt"), Articles.MADRID);
        Path missing = dir.resolve("no-such-folder");

        Cli.Result r = Cli.run("ingest", in.toString(), missing.toString(), "--db", db().toString());

        assertEquals(1, r.exit());
        List<String> lines = r.errLines().stream().filter(l -> !l.startsWith("parley: ingest ")).toList();
        assertEquals(6, lines.size(), r.err());
        for (Path bad : List.of(empty, binary, badUtf8, huge, explodes, missing)) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith("parley: " + bad + ": ")).count(),
                    bad + " should have exactly one line in:\n" + r.err());
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("invalid UTF-8")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("50 MB")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("parser gave up")), r.err());
        List<String> summary = List.of(r.out().split("\n"));
        assertEquals("read 2, stored 1, already stored 0, near-duplicates 0, skipped by language 0, skipped records 0, failed 6, events 2", summary.get(0));
        assertEquals(lines.stream().map(l -> l.replaceFirst("^parley: ", "failed: ")).sorted().toList(),
                summary.subList(1, summary.size()).stream().sorted().toList(), "the summary repeats each failure");
        assertEquals(before, Db.rows(db(), "SELECT * FROM events WHERE article_id IN"
                + " (SELECT id FROM articles WHERE source_id = 'oslo') ORDER BY id"));
        assertEquals(2, Db.count(db(), "articles"));
    }

    @Test
    void aFileOfAnUnsupportedKindIsReportedAndNothingIsStored() throws IOException, SQLException {
        Path notes = Articles.write(dir.resolve("notes.md"), "# notes");

        Cli.Result r = Cli.run("ingest", notes.toString(), "--db", db().toString());

        assertEquals(1, r.exit());
        assertTrue(r.errLines().get(0).startsWith("parley: " + notes + ": not a supported input (expected .txt, .html,"),
                r.err());
        assertEquals(0, Db.count(db(), "articles"));
    }

    @Test
    void progressOnANonTerminalIsAFewWholeLines() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < 20; i++) {
            Articles.write(in.resolve(String.format("a%02d.txt", i)), Articles.numbered(i));
        }

        Cli.Result r = Cli.run("ingest", in.toString(), "--db", db().toString());

        assertEquals(0, r.exit(), r.err());
        List<String> progress = r.errLines();
        assertEquals(10, progress.size(), r.err());
        assertTrue(progress.get(9).startsWith("parley: ingest 20/20 articles (100%), "), r.err());
        assertTrue(progress.stream().noneMatch(l -> l.contains("\r")));
    }

    @Test
    void linksInAFolderAreFollowedToFilesAndEachLoopIsSaidToBeSkipped() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Path madrid = Articles.write(dir.resolve("elsewhere/madrid.txt"), Articles.MADRID);
        Files.createSymbolicLink(in.resolve("madrid-link.txt"), madrid);
        Files.createSymbolicLink(in.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(in.resolve("loop.txt"), Path.of("loop.txt"));

        Cli.Result r = Cli.run("ingest", in.toString(), "--db", db().toString());

        assertEquals(0, r.exit(), "a skipped link is not a failure: " + r.err());
        assertEquals(List.of("read 2, stored 2, already stored 0, near-duplicates 0, skipped by language 0, skipped records 0,"
                        + " failed 0, events 3",
                "skipped: " + in.resolve("loop.txt") + ": a symbolic link loop (loop.txt)",
                "skipped: " + in.resolve("up") + ": a link to a folder that contains it (..), a loop"),
                List.of(r.out().split("\n")));
        assertTrue(r.errLines().contains("parley: " + in.resolve("up") + ": a link to a folder that contains it (..), a loop"),
                r.err());
        assertEquals(List.of(List.of("madrid-link"), List.of("oslo")),
                Db.rows(db(), "SELECT source_id FROM articles ORDER BY source_id"));
    }

    @Test
    void aLinkLoopNamedOnTheCommandLineIsCalledALoop() throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), Path.of("loop.txt"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("gone.txt"));

        Cli.Result r = Cli.run("ingest", loop.toString(), dangling.toString(), "--db", db().toString());

        assertEquals(1, r.exit());
        assertTrue(r.out().contains("failed: " + loop + ": a symbolic link loop (loop.txt)\n"), r.out());
        assertTrue(r.out().contains("failed: " + dangling + ": a link to gone.txt, which does not exist\n"), r.out());
    }

    @Test
    void aPageDeclaringTheWrongCharsetIsReadRightAndTheCharsetUsedIsSaid() throws Exception {
        Path page = dir.resolve("in/oslo.html");
        Files.createDirectories(page.getParent());
        String text = "Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05 at the People\u2019s Hall.";
        Files.write(page, ("<html><head><meta charset=\"windows-1251\"><title>Oslo</title></head><body><article><p>"
                + text + "</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Cli.Result r = Cli.run("ingest", page.toString(), "--db", db().toString());

        assertEquals(0, r.exit(), r.err());
        String note = page + ": declared charset windows-1251 does not fit the bytes; read as UTF-8 (valid UTF-8)";
        assertTrue(r.out().contains("\nnote: " + note + "\n"), r.out());
        assertTrue(r.errLines().contains("parley: " + note), r.err());
        assertEquals(List.of(List.of(text)), Db.rows(db(), "SELECT text FROM articles"));
    }
}
