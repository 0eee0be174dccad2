package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Prerequisite;

class ReproductionTest {

    private static final CorpusFingerprint CORPUS = new CorpusFingerprint(2, "abc123");

    /**
     * Two articles: 10 gold, 10 predicted, 8 strict, 9 loose, 7 of 10 persons found, all on the
     * right side; so strict F1 0.8, loose F1 0.9, persons found 0.7, side 1.0.
     */
    static ScoreReport fakeReport() {
        Counts first = new Counts(1, 6, 5, 5, 5, 5, 4, 4, 4, 0, 0);
        Counts second = new Counts(1, 4, 5, 3, 4, 4, 6, 3, 3, 0, 0);
        return new ScoreReport(List.of(new ArticleScore("a.json", first, List.of(), List.of()),
                new ArticleScore("b.json", second, List.of(), List.of())), List.of());
    }

    static ReproductionConfig config(String figures) throws IOException {
        return ReproductionConfig.parse("fake", new StringReader(
                "corpus=eval/fake\nfiles=2\nchecksum=abc123\ntolerance=0.005\n" + figures));
    }

    @Test
    void figuresWithinToleranceAreOk() throws IOException {
        ReproductionConfig config = config("strict.f1=0.797\nloose.f1=0.905\npersons.found=0.700\npersons.side=1.000\n");
        Reproduction.Result r = Reproduction.check(fakeReport(), config, CORPUS);
        assertEquals(List.of(
                "OK corpus.files expected 2 actual 2",
                "OK corpus.checksum expected abc123 actual abc123",
                "OK articles.scored expected 2 actual 2",
                "OK strict.f1 expected 0.797 actual 0.800 diff +0.003",
                "OK loose.f1 expected 0.905 actual 0.900 diff -0.005",
                "OK persons.found expected 0.700 actual 0.700 diff +0.000",
                "OK persons.side expected 1.000 actual 1.000 diff +0.000"), r.lines());
        assertTrue(r.passed());
    }

    @Test
    void aFigureOutsideToleranceFails() throws IOException {
        Reproduction.Result r = Reproduction.check(fakeReport(), config("strict.f1=0.812\n"), CORPUS);
        assertEquals("FAIL strict.f1 expected 0.812 actual 0.800 diff -0.012", r.lines().get(3));
        assertFalse(r.passed());
    }

    @Test
    void devFiguresFailOnAReportThatDiffers() throws IOException {
        Reproduction.Result r = Reproduction.check(fakeReport(), ReproductionConfig.load("dev"),
                new CorpusFingerprint(35, ReproductionConfig.load("dev").checksum()));
        assertFalse(r.passed());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("FAIL loose.f1 expected ") && l.contains(" actual 0.900 ")),
                r.lines().toString());
    }

    @Test
    void aChangedCorpusIsReportedAndFails() throws IOException {
        ReproductionConfig config = config("strict.f1=0.800\n");
        Reproduction.Result r = Reproduction.check(fakeReport(), config, new CorpusFingerprint(2, "fff000"));
        assertEquals("FAIL corpus.checksum expected abc123 actual fff000", r.lines().get(1));
        assertTrue(r.lines().get(3).startsWith("NOTE corpus eval/fake changed"), r.lines().toString());
        assertEquals("OK strict.f1 expected 0.800 actual 0.800 diff +0.000", r.lines().get(4));
        assertFalse(r.passed(), "matching figures on another corpus must not pass");
    }

    @Test
    void aMisspeltFigureIsAnError() {
        assertThrows(IOException.class, () -> config("strict.F1=0.8\n"));
        assertThrows(IOException.class, () -> ReproductionConfig.parse("x", new StringReader("files=2\n")));
    }

    @Test
    void devConfigLoadsWithItsFiguresInReportOrder() throws IOException {
        ReproductionConfig dev = ReproductionConfig.load("dev");
        assertEquals("eval/dev", dev.corpus());
        assertEquals(35, dev.files());
        assertEquals(0.005, dev.tolerance());
        assertEquals(List.of("strict.f1", "loose.f1", "location", "persons.found", "persons.side", "trigger.recall",
                "trigger.precision", "participants.found", "persons.side.no-kb", "status.right", "date.right"),
                List.copyOf(dev.expected().keySet()));
        assertThrows(IOException.class, () -> ReproductionConfig.load("no-such-config"));
    }

    @Test
    void fingerprintHashesSortedTextFilesOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "world");
        Files.writeString(dir.resolve("a.txt"), "hello ");
        Files.writeString(dir.resolve("a.json"), "{}");
        // sha256("hello world")
        assertEquals(new CorpusFingerprint(2, "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"),
                CorpusFingerprint.of(dir));
    }

    @Test
    void devChecksumMatchesTheSharedCorpus() throws IOException {
        Path shared = Path.of(System.getProperty("parley.shared", "../../shared"));
        ReproductionConfig dev = ReproductionConfig.load("dev");
        Path corpus = shared.resolve(dev.corpus());
        Prerequisite.require(Files.isDirectory(corpus), "no " + corpus + " (set -Dparley.shared=...): checksum not checked");
        assertEquals(new CorpusFingerprint(dev.files(), dev.checksum()), CorpusFingerprint.of(corpus));
    }

    @Test
    void metricsAreNamedByTheConfigKeys() {
        Map<String, Double> m = fakeReport().metrics();
        assertEquals(ScoreReport.METRIC_KEYS, List.copyOf(m.keySet()));
        assertEquals(0.8, m.get("strict.f1"), 1e-12);
        assertEquals(0.9, m.get("loose.f1"), 1e-12);
        assertEquals(0.7, m.get("persons.found"), 1e-12);
        assertEquals(1.0, m.get("persons.side"), 1e-12);
    }
}
