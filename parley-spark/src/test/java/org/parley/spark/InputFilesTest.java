package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing and packing the job's input files, on the local file system through Hadoop's API. */
class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void manySmallFilesAreDealtIntoAsManyTasksAsAsked() {
        List<InputFiles.InputFile> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            files.add(new InputFiles.InputFile(i, "file:/archive/a" + i + ".txt", 3000 + i % 7 * 500));
        }
        List<List<InputFiles.InputFile>> tasks = InputFiles.pack(files, 6);
        assertEquals(6, tasks.size());
        assertEquals(1000, tasks.stream().mapToInt(List::size).sum());
        assertEquals(1000, tasks.stream().flatMap(List::stream).distinct().count(), "each file in one task");
        int smallest = tasks.stream().mapToInt(List::size).min().orElseThrow();
        int largest = tasks.stream().mapToInt(List::size).max().orElseThrow();
        assertTrue(largest - smallest <= 2, "tasks of about equal size: " + smallest + " to " + largest);
    }

    @Test
    void aHugeFileHasATaskToItself() {
        List<InputFiles.InputFile> files = new ArrayList<>(List.of(new InputFiles.InputFile(0, "file:/w.warc.gz", 1L << 30)));
        for (int i = 0; i < 10; i++) {
            files.add(new InputFiles.InputFile(i + 1, "file:/p" + i + ".html", 20_000));
        }
        List<List<InputFiles.InputFile>> tasks = InputFiles.pack(files, 3);
        assertTrue(tasks.contains(List.of(files.get(0))), tasks.toString());
    }

    @Test
    void neverMoreTasksThanFiles() {
        assertEquals(2, InputFiles.pack(List.of(new InputFiles.InputFile(0, "a", 1), new InputFiles.InputFile(1, "b", 1)), 8)
                .size());
    }

    @Test
    void foldersAreSearchedAndHiddenFilesSkipped() throws Exception {
        Files.createDirectories(tmp.resolve("2024/03"));
        Files.writeString(tmp.resolve("2024/03/a.txt"), "a");
        Files.writeString(tmp.resolve("b.txt"), "b");
        Files.writeString(tmp.resolve("_SUCCESS"), "");
        Files.writeString(tmp.resolve(".b.txt.crc"), "");
        List<InputFiles.InputFile> files = InputFiles.list(List.of(tmp.toUri().toString()), new Configuration());
        assertEquals(List.of("2024/03/a.txt", "b.txt"),
                files.stream().map(f -> tmp.toUri().relativize(Path.of(java.net.URI.create(f.path())).toUri())
                        .toString()).toList());
    }

    @Test
    void inputsKeepTheirOrderAsOnTheCommandLineEachInPathOrder() throws Exception {
        Files.createDirectories(tmp.resolve("z"));
        Files.createDirectories(tmp.resolve("a"));
        Files.writeString(tmp.resolve("z/2.txt"), "2");
        Files.writeString(tmp.resolve("z/1.txt"), "1");
        Files.writeString(tmp.resolve("a/3.txt"), "3");
        List<InputFiles.InputFile> files = InputFiles.list(List.of(tmp.resolve("z").toUri().toString(),
                tmp.resolve("a").toUri().toString()), new Configuration());
        assertEquals(List.of("1.txt", "2.txt", "3.txt"), files.stream().map(f -> CorpusFile.fileName(f.path())).toList());
        assertEquals(List.of(0, 1, 2), files.stream().map(InputFiles.InputFile::index).toList());
    }

    @Test
    void anInputThatMatchesNothingIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.list(List.of(tmp.resolve("missing").toString()), new Configuration()));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }
}
