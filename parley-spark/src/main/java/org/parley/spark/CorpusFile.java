package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.util.LongAccumulator;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.ArticleSources;
import org.parley.model.Article;

/**
 * One input file from any Hadoop file system, read with Parley's own readers (text, HTML, JSON Lines,
 * WARC, feeds; told apart by content as by the CLI). The readers take local paths, so the file is first
 * copied to the executor's local disk under its own name (an article's id comes from its file name);
 * origins name the Hadoop path, not the copy. Articles are handed out lazily, one at a time, and the copy
 * is deleted once the last is taken.
 */
final class CorpusFile implements Iterator<Article> {

    private final String hadoopPath;
    private final Path folder;
    private final Path copy;
    private final ArticleSource source;
    private final Iterator<Article> articles;
    private boolean open = true;

    private CorpusFile(String hadoopPath, Path folder, Path copy, LongAccumulator unreadable) {
        this.hadoopPath = hadoopPath;
        this.folder = folder;
        this.copy = copy;
        this.source = ArticleSources.open(copy);
        Stream<Article> stream = source.articles(problem -> {
            if (!problem.notice()) { // a note (a charset overruled) is no unreadable record
                unreadable.add(1);
            }
        });
        this.articles = stream.iterator();
    }

    /** Opens a file's bytes where they are stored. */
    interface Opener {
        InputStream open() throws IOException;
    }

    /** The articles of the file at {@code hadoopPath}, whose bytes {@code data} streams. */
    static Iterator<Article> read(String hadoopPath, Opener data, LongAccumulator unreadable) {
        try {
            Path folder = Files.createTempDirectory("parley-input-");
            Path copy = folder.resolve(fileName(hadoopPath));
            try (InputStream in = data.open()) {
                Files.copy(in, copy);
            }
            return new CorpusFile(hadoopPath, folder, copy, unreadable);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + hadoopPath + " to local disk: " + e.getMessage(), e);
        }
    }

    static String fileName(String hadoopPath) {
        String p = hadoopPath.endsWith("/") ? hadoopPath.substring(0, hadoopPath.length() - 1) : hadoopPath;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    @Override
    public boolean hasNext() {
        if (!open) {
            return false;
        }
        if (articles.hasNext()) {
            return true;
        }
        close();
        return false;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article a = articles.next();
        String origin = a.origin().replace(copy.toString(), hadoopPath);
        return new Article(a.id(), origin, a.url(), a.title(), a.text(), a.published(), a.publishedPrecision());
    }

    private void close() {
        open = false;
        source.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover copy in the executor's temporary folder; the articles were read
        }
    }
}
