package org.parley.cli;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.ScoreReport;
import org.parley.eval.Scorer;
import org.parley.pipeline.Pipeline;

/**
 * The dev-set quality bars hold whatever the articles arrive in: each dev article
 * ({@code ${parley.shared}/eval/dev/*.txt}, read at test time only) wrapped as a web page and, all
 * together, as one WARC file, extracted with the real pipeline (CoreNLP, loaded once per JVM) and
 * scored against the gold as the .txt files are. Skipped, with the reason, without the shared folder.
 */
class DevSetFormatsTest {

    /** Largest drop allowed in any figure against the .txt run. */
    private static final double TOLERANCE = 0.02;
    private static final List<String> FIGURES = List.of("strict.f1", "loose.f1", "persons.found", "persons.side");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void scoresOnPagesAndOnAWarcStayWithinToleranceOfTheTextFiles() throws Exception {
        Path dev = Path.of(System.getProperty("parley.shared", "../../shared")).resolve("eval/dev");
        Prerequisite.require(Files.isDirectory(dev), "no dev set at " + dev.toAbsolutePath().normalize()
                + " (pass -Dparley.shared=/path/to/shared): formats not checked on the dev set");
        List<ArticlePages.Article> articles = devArticles(dev);
        Path html = Files.createDirectories(dir.resolve("html"));
        for (ArticlePages.Article a : articles) {
            ArticlePages.Page page = ArticlePages.page(a.id(), a.text(), a.published());
            Files.writeString(html.resolve(a.id() + ".html"), page.html());
        }
        Path warc = Files.createDirectories(dir.resolve("warc")).resolve("dev.warc.gz");
        ArticlePages.writeWarc(warc, ArticlePages.pages(articles), Instant.parse("2026-05-01T12:00:00Z"));

        Map<String, Double> txt = score(dev, extract(textFiles(dev), "txt"));
        Map<String, Double> pages = score(dev, extract(List.of(html), "html"));
        Map<String, Double> crawl = score(dev, byDevId(extract(List.of(warc), "warc-raw")));

        System.out.printf(Locale.ROOT, "dev set by format (%s)%n", String.join(", ", FIGURES));
        for (var run : List.of(Map.entry("txt ", txt), Map.entry("html", pages), Map.entry("warc", crawl))) {
            System.out.printf(Locale.ROOT, "  %s %s%n", run.getKey(), FIGURES.stream()
                    .map(f -> String.format(Locale.ROOT, "%.3f", run.getValue().get(f))).toList());
        }
        for (String figure : FIGURES) {
            assertTrue(pages.get(figure) >= txt.get(figure) - TOLERANCE,
                    "html " + figure + " " + pages.get(figure) + " vs txt " + txt.get(figure));
            assertTrue(crawl.get(figure) >= txt.get(figure) - TOLERANCE,
                    "warc " + figure + " " + crawl.get(figure) + " vs txt " + txt.get(figure));
        }
    }

    private Path extract(List<Path> inputs, String name) throws Exception {
        Path out = dir.resolve("out-" + name);
        List<String> args = new ArrayList<>(List.of("extract", "--out", out.toString(), "--threads", "2"));
        inputs.forEach(p -> args.add(p.toString()));
        Cli.Result r = Cli.run(Pipeline::standard, args.toArray(String[]::new));
        assertEquals(0, r.exit(), name + ": " + r.err());
        assertTrue(r.out().startsWith("read 35, written 35,"), name + ": " + r.out());
        return out;
    }

    /** WARC records are named by their record ids; the gold by file: map back through the page URL. */
    private Path byDevId(Path raw) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out-warc"));
        try (Stream<Path> files = Files.list(raw)) {
            for (Path file : files.toList()) {
                String id = ArticlePages.idOfUrl(JSON.readTree(file.toFile()).path("url").asText(null));
                assertNotNull(id, file + " has no page URL");
                Files.copy(file, out.resolve(id + ".json"));
            }
        }
        return out;
    }

    private static Map<String, Double> score(Path gold, Path predictions) throws IOException {
        ScoreReport report = Scorer.score(gold, predictions, warning -> { });
        return report.metrics();
    }

    private static List<Path> textFiles(Path dev) throws IOException {
        try (Stream<Path> files = Files.list(dev)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Each .txt with the published date its gold gives, if any. */
    private static List<ArticlePages.Article> devArticles(Path dev) throws IOException {
        List<ArticlePages.Article> articles = new ArrayList<>();
        for (Path txt : textFiles(dev)) {
            String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            JsonNode gold = JSON.readTree(dev.resolve(id + ".json").toFile());
            String published = gold.path("published").asText(null);
            articles.add(new ArticlePages.Article(id, Files.readString(txt),
                    published == null ? null : LocalDate.parse(published.substring(0, 10))));
        }
        return articles;
    }
}
