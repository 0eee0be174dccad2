package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.ReadProblem;
import org.parley.ingest.TextFileSource;

/**
 * Which reader opens which file. Registered here by file name ending, explicitly: a new reader
 * (HTML, WARC, RSS, JSONL) is one more line in {@link #READERS}.
 */
public final class ArticleSources {

    /** File name ending to reader, first match wins: list ".warc.gz" before ".gz". */
    private static final List<Map.Entry<String, Function<Path, ArticleSource>>> READERS = List.of(
            Map.entry(".txt", TextFileSource::new));

    private ArticleSources() {
    }

    /** Whether some reader takes this file. */
    public static boolean supports(Path file) {
        return reader(file) != null;
    }

    /** The reader for one file; an IllegalArgumentException if no reader takes it. */
    public static ArticleSource open(Path file) {
        Function<Path, ArticleSource> reader = reader(file);
        if (reader == null) {
            throw new IllegalArgumentException("not a supported input (expected " + endings()
                    + ")");
        }
        return reader.apply(file);
    }

    /**
     * The input files named by {@code paths}: files as given, folders searched recursively for
     * supported files (hidden ones left out), in name order. What cannot be used is reported.
     */
    public static List<Path> expand(List<Path> paths, Consumer<ReadProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path, problems);
                if (found.isEmpty()) {
                    problems.accept(new ReadProblem(path.toString(), null, "no " + endings()
                            + " files in this folder"));
                }
                files.addAll(found);
            } else if (!Files.exists(path)) {
                problems.accept(new ReadProblem(path.toString(), null, "no such file or folder"));
            } else if (!supports(path)) {
                problems.accept(new ReadProblem(path.toString(), null, "not a supported input (expected "
                        + endings() + ")"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> walk(Path folder, Consumer<ReadProblem> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(ArticleSources::supports)
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            problems.accept(new ReadProblem(folder.toString(), null, "cannot list folder: " + Parley.oneLine(e)));
            return List.of();
        }
    }

    private static Function<Path, ArticleSource> reader(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Function<Path, ArticleSource>> entry : READERS) {
            if (name.endsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String endings() {
        return String.join(", ", READERS.stream().map(Map.Entry::getKey).toList());
    }
}
