package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.TextFileSource;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import org.parley.store.SqliteStore;
import org.parley.testing.Prerequisite;

/**
 * The bar of one event per occasion, on the shared dev set: the whole set is ingested with the real
 * pipeline (the one test here that loads CoreNLP), then stored occasions are counted per real
 * occasion. With {@code -Dparley.devdb=FILE} an already ingested database is copied and its
 * knowledge base rebuilt instead, which takes seconds.
 */
class DevSetOccasionsTest {

    @TempDir
    Path tmp;

    @Test
    void pairedReportsAreOneOccasionAndNoTwoOccasionsAreMerged() throws IOException, SQLException {
        Path dev = Path.of(System.getProperty("parley.shared", "../../shared")).resolve("eval/dev");
        Prerequisite.require(Files.isDirectory(dev), "../shared absent (pass -Dparley.shared=DIR): " + dev.toAbsolutePath());
        Path db = tmp.resolve("dev.db");
        String prepared = System.getProperty("parley.devdb");
        if (prepared != null) {
            Files.copy(Path.of(prepared), db, StandardCopyOption.REPLACE_EXISTING);
            try (SqliteStore store = SqliteStore.open(db)) {
                store.rebuildKnowledgeBase();
            }
        } else {
            ingest(dev, db);
        }
        DevOccasionFigures.Figures f;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            f = DevOccasionFigures.compute(dev, c);
        }
        System.out.printf("dev occasions: real %d, records %d (%.3f per occasion), reported by 2+ articles %d,"
                        + " of which one stored event %d, wrongly merged %d%n", f.realOccasions(), f.records(),
                f.recordsPerOccasion(), f.pairedOccasions(), f.pairedAsOne(), f.wronglyMerged());
        f.notes().forEach(n -> System.out.println("  " + n));
        assertEquals(0, f.wronglyMerged(), f.notes().toString());
        assertEquals(f.pairedOccasions(), f.pairedAsOne(), f.notes().toString());
        assertTrue(f.recordsPerOccasion() <= 1.05, "records per occasion " + f.recordsPerOccasion());
    }

    private static void ingest(Path dev, Path db) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<Path> texts;
        try (Stream<Path> files = Files.list(dev)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (SqliteStore store = SqliteStore.open(db)) {
            for (Path txt : texts) {
                try (Stream<Article> articles = new TextFileSource(txt).articles(p -> {
                    throw new IllegalStateException("unreadable dev article " + p);
                })) {
                    articles.forEach(a -> store.save(pipeline.process(a)));
                }
            }
        }
    }
}
