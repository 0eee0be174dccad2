package org.parley.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
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
     */
    public static Stream<Path> expand(List<Path> paths) {
        return paths.stream().flatMap(p -> Files.isDirectory(p) ? filesUnder(p).stream() : Stream.of(p));
    }

    private static List<Path> filesUnder(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.add(file); // its reader will report it
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
