package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.Pipeline;

/**
 * The one test of the command line's real path: {@link Pipeline#standard()}, CoreNLP and all (about
 * 15 s to load, once per JVM). What events come out is the extractor's business, not tested here.
 */
class RealPipelineIngestTest {

    @TempDir
    Path dir;

    @Test
    void ingestRunsTheStandardPipelineAndStoresTheArticle() throws Exception {
        Path article = Articles.write(dir.resolve("in/geneva.txt"), """
                GENEVA, May 14 -- Swiss Foreign Minister Hanna Vogt met Austrian counterpart Karl Imhof in Geneva on Tuesday.
                The two ministers discussed rail links and agreed to meet again in Vienna in the autumn.
                """);
        Path db = dir.resolve("parley.db");

        Cli.Result r = Cli.run(Pipeline::standard, "ingest", article.toString(), "--db", db.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals(1, Db.count(db, "articles"));
        assertEquals("geneva", Db.rows(db, "SELECT source_id FROM articles").get(0).get(0));
    }
}
