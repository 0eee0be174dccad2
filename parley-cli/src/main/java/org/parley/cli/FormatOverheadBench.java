package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.admit.Admission;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;

/**
 * What reading HTML and WARC costs over plain text: DIR's .txt articles are dressed as pages (one
 * file each) and as one gzipped WARC in a temporary folder, and each form is ingested the way
 * {@code ingest} does it (reading, language and duplicate checks, clean, NLP, extract, on the
 * same threads) with nothing stored, so that only the format differs. One untimed pass warms up;
 * timed passes then take the formats in turn, starting with a different one each time, so that
 * drift on a shared machine does not fall on one format. The bar: at most 20% slower than text.
 */
final class FormatOverheadBench {

    static final double BAR = 0.20;

    private FormatOverheadBench() {
    }

    /** Prints the figures; returns 1 if HTML or WARC is over the bar. */
    static int run(Path dir, int threads, int repeat, Supplier<Pipeline> pipelines, PrintWriter out, PrintWriter err)
            throws Exception {
        List<Path> texts = textFiles(dir);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no .txt articles");
        }
        Path work = Files.createTempDirectory("parley-bench-formats");
        try {
            Map<String, List<Path>> forms = dress(texts, work);
            err.printf("parley: format bench over %d articles, %d threads, %d timed pass%s%n", texts.size(), threads,
                    repeat, repeat == 1 ? "" : "es");
            err.flush();
            Pipeline pipeline = pipelines.get();
            ingest(pipeline, forms.get("txt"), threads); // warm-up: models, JIT
            Map<String, Long> nanos = new LinkedHashMap<>();
            List<String> names = List.copyOf(forms.keySet());
            for (int pass = 0; pass < repeat; pass++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((pass + i) % names.size());
                    long start = System.nanoTime();
                    ingest(pipeline, forms.get(name), threads);
                    nanos.merge(name, System.nanoTime() - start, Long::sum);
                }
            }
            return report(nanos, texts.size() * (double) repeat, out);
        } finally {
            deleteTree(work);
        }
    }

    private static int report(Map<String, Long> nanos, double articles, PrintWriter out) {
        double txtSeconds = nanos.get("txt") / 1e9;
        boolean over = false;
        out.printf(Locale.ROOT, "format  %10s  %s%n", "articles/s", "overhead vs txt");
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            double seconds = e.getValue() / 1e9;
            double overhead = seconds / txtSeconds - 1;
            over |= overhead > BAR;
            out.printf(Locale.ROOT, "%-6s  %10.2f  %s%n", e.getKey(), articles / seconds,
                    e.getKey().equals("txt") ? "-" : String.format(Locale.ROOT, "%+.1f%%", overhead * 100));
        }
        out.printf(Locale.ROOT, "bar     html and warc at most %+.0f%%: %s%n", BAR * 100, over ? "OVER" : "OK");
        out.flush();
        return over ? Parley.FAILURE : 0;
    }

    /** The same articles three ways: the .txt files, one page each, one WARC. */
    private static Map<String, List<Path>> dress(List<Path> texts, Path work) throws IOException {
        List<ArticlePages.Article> articles = new ArrayList<>();
        for (Path txt : texts) {
            try (ArticleSource source = ArticleSources.open(txt); Stream<Article> read = source.articles(p -> { })) {
                read.forEach(a -> articles.add(new ArticlePages.Article(a.id(), a.text(), a.published())));
            }
        }
        Path html = Files.createDirectories(work.resolve("html"));
        List<Path> pages = new ArrayList<>();
        for (ArticlePages.Page page : ArticlePages.pages(articles)) {
            pages.add(Files.writeString(html.resolve(page.id() + ".html"), page.html()));
        }
        Path warc = work.resolve("articles.warc.gz");
        ArticlePages.writeWarc(warc, ArticlePages.pages(articles), Instant.now());
        Map<String, List<Path>> forms = new LinkedHashMap<>();
        forms.put("txt", texts);
        forms.put("html", pages);
        forms.put("warc", List.of(warc));
        return forms;
    }

    private static void ingest(Pipeline pipeline, List<Path> inputs, int threads) throws InterruptedException {
        Progress silent = new Progress(new PrintWriter(Writer.nullWriter()), false, "bench");
        BatchSummary s = new BatchRun(() -> pipeline, threads, silent)
                .run(inputs, Admission.withinRun(), extraction -> true);
        if (s.failed() > 0) {
            throw new IllegalStateException("bench input failed: " + s.details());
        }
    }

    private static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
