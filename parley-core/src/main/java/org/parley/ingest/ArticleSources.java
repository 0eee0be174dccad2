package org.parley.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Opens any input with the reader for its format, and expands folders into their files. */
public final class ArticleSources {

    private ArticleSources() {
    }

    /** The reader for the file's format (see {@link InputFormat#of}); never throws, its reader reports. */
    public static ArticleSource open(Path path) {
        return switch (InputFormat.of(path)) {
            case WARC -> new WarcSource(path);
            case FEED -> new FeedSource(path);
            case HTML -> new HtmlPageSource(path);
            case JSON_LINES -> new JsonLinesSource(path);
            case TEXT -> new TextFileSource(path);
        };
    }

    /**
     * Files named, and the files under folders named, walked recursively; each folder's files in
     * sorted path order, so a run is repeatable. Hidden files and folders (".name") inside a folder
     * are left out; a named path that does not exist is passed through for its reader to report.
     * Symbolic links are followed, to files and to folders; what cannot be followed (a link loop, a
     * link to a folder that contains it, a link to nothing) or is no file (a pipe, a device) is passed
     * over and told to {@code skipped}, one problem each.
     */
    public static Stream<Path> expand(List<Path> paths, Consumer<ReadProblem> skipped) {
        return paths.stream().flatMap(p -> Files.isDirectory(p) ? filesUnder(p, skipped).stream() : Stream.of(p));
    }

    /** Why a symbolic link cannot be followed, in a few words; for a link that can be, "a symbolic link". */
    public static String unfollowable(Path link) {
        try {
            link.toRealPath();
            return "a symbolic link";
        } catch (NoSuchFileException e) {
            return "a link to " + target(link) + ", which does not exist";
        } catch (FileSystemException e) {
            return e.getReason() != null && e.getReason().contains("symbolic links")
                    ? "a symbolic link loop (" + target(link) + ")" : "a link that cannot be followed: " + e.getReason();
        } catch (IOException e) {
            return "a link that cannot be followed: " + e.getMessage();
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static List<Path> filesUnder(Path root, Consumer<ReadProblem> skipped) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isSymbolicLink(dir) && holdsRoot(dir)) { // the walk sees a loop only below the root
                        loop(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                private boolean holdsRoot(Path link) {
                    try {
                        return root.toRealPath().startsWith(link.toRealPath());
                    } catch (IOException e) {
                        return false;
                    }
                }

                private void loop(Path link) {
                    skipped.accept(new ReadProblem(link.toString(), null,
                            "a link to a folder that contains it (" + target(link) + "), a loop"));
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) { // the walk could not follow it
                        skipped.accept(new ReadProblem(file.toString(), null, unfollowable(file)));
                    } else {
                        skipped.accept(new ReadProblem(file.toString(), null, "not a regular file"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        loop(file);
                    } else {
                        files.add(file); // its reader will report it
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            files.add(root);
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
