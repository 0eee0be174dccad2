package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.InputFormat;
import org.parley.ingest.ReadProblem;

/**
 * Which files of the command line are inputs. The reader is always chosen by content
 * ({@link ArticleSources#open}); this decides which files to offer it. A file
 * with an article ending is taken; inside folders, a file with another ending only when its first
 * bytes show a WARC, feed or HTML page, so that gold .json files, notes and the like beside the
 * articles are passed over; a file named on the command line, when its bytes show any format.
 */
public final class InputFiles {

    /** Endings of the formats Parley reads; ".gz" only as ".warc.gz". */
    static final List<String> ENDINGS = List.of(".txt", ".html", ".htm", ".xhtml", ".warc", ".warc.gz", ".xml",
            ".rss", ".atom", ".jsonl", ".ndjson");

    private InputFiles() {
    }


    /**
     * The input files named by {@code paths}: files as given, folders searched recursively (hidden
     * files left out, symbolic links followed), each folder's files in path order. What cannot be
     * used is reported to {@code problems}; what a folder holds but is passed over (a link loop, a
     * link to nothing) to {@code skipped}.
     */
    public static List<Path> expand(List<Path> paths, Consumer<ReadProblem> problems, Consumer<ReadProblem> skipped) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = ArticleSources.expand(List.of(path), skipped)
                        .filter(InputFiles::isInputInFolder).toList();
                if (found.isEmpty()) {
                    problems.accept(new ReadProblem(path.toString(), null, "no articles in this folder (expected "
                            + String.join(", ", ENDINGS) + ")"));
                }
                files.addAll(found);
            } else if (!Files.exists(path)) {
                problems.accept(new ReadProblem(path.toString(), null, Files.isSymbolicLink(path)
                        ? ArticleSources.unfollowable(path) : "no such file or folder"));
            } else if (!hasArticleEnding(path) && InputFormat.of(path) == InputFormat.TEXT) {
                problems.accept(new ReadProblem(path.toString(), null, "not a supported input (expected "
                        + String.join(", ", ENDINGS) + ", or a page, feed or WARC by content)"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isInputInFolder(Path file) {
        if (hasArticleEnding(file)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return true; // unreadable: its reader reports why
        }
        InputFormat format = InputFormat.of(file);
        return format == InputFormat.WARC || format == InputFormat.FEED || format == InputFormat.HTML;
    }

    static boolean hasArticleEnding(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }
}
