package org.parley.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.ArticleSources;
import org.parley.model.Article;
import org.parley.nlp.CoreNlpAdapter;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Speed of Parley's whole pipeline against plain CoreNLP (tokenize, ssplit, pos, lemma, ner) on the
 * same texts, threads and process. Parley reads the raw article and cleans it first, as {@code
 * extract} does; the baseline is given the raw text. Model loading is left out of both timings, and
 * each is warmed up by one untimed pass, so that the numbers compare steady-state throughput.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times Parley's pipeline against the plain CoreNLP pipeline on the articles of DIR.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ThreadsOption threads;

    @Parameters(paramLabel = "DIR", description = "Folder of .txt articles (searched recursively).")
    private Path dir;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Timed passes over the texts, after the warm-up (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--formats", description = "Instead: time ingesting the articles as text, as pages and as a WARC.")
    private boolean formats;
    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, got " + repeat);
        }
        if (formats) {
            return FormatOverheadBench.run(dir, threads.count(), repeat, Pipeline::standard, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = read(err);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no readable .txt articles");
        }
        int n = threads.count();
        err.printf("parley: bench over %d articles, %d threads, %d timed pass%s%n", articles.size(), n, repeat,
                repeat == 1 ? "" : "es");
        err.flush();

        Pipeline parley = Pipeline.standard();
        StanfordCoreNLP baseline = CoreNlpAdapter.plainBaseline(n);
        Pass parleyPass = () -> runParley(parley, articles, n);
        Pass baselinePass = () -> runBaseline(baseline, articles, n);
        // both warm up before either is timed, and the timed passes alternate, so that neither
        // gains from JIT work done for the other (they share CoreNLP's code) or from a quieter moment
        parleyPass.run();
        baselinePass.run();
        long parleyNanos = 0;
        long baselineNanos = 0;
        for (int i = 0; i < repeat; i++) {
            parleyNanos += time(parleyPass);
            baselineNanos += time(baselinePass);
        }
        double parleyRate = rate(articles.size(), parleyNanos);
        double baselineRate = rate(articles.size(), baselineNanos);

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "parley    %8.2f articles/s%n", parleyRate);
        out.printf(Locale.ROOT, "baseline  %8.2f articles/s  (CoreNLP tokenize,ssplit,pos,lemma,ner)%n", baselineRate);
        out.printf(Locale.ROOT, "ratio     %8.2f  (parley/baseline)%n", parleyRate / baselineRate);
        out.flush();
        return 0;
    }

    private List<Article> read(PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        for (Path file : InputFiles.expand(List.of(dir), p -> err.println("parley: " + p.oneLine()),
                p -> err.println("parley: " + p.oneLine()))) {
            try (ArticleSource source = ArticleSources.open(file)) {
                source.articles(p -> err.println("parley: " + p.oneLine())).forEach(articles::add);
            }
        }
        err.flush();
        return articles;
    }

    private interface Pass {
        void run() throws Exception;
    }

    private static long time(Pass pass) throws Exception {
        long start = System.nanoTime();
        pass.run();
        return System.nanoTime() - start;
    }

    /** Articles per second over the timed passes. */
    private double rate(int articles, long nanos) {
        return articles * (double) repeat / (nanos / 1e9);
    }

    private void runParley(Pipeline pipeline, List<Article> articles, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> pipeline.process(article)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void runBaseline(StanfordCoreNLP pipeline, List<Article> articles, int n) {
        List<Annotation> docs = new ArrayList<>(articles.size());
        for (Article article : articles) {
            docs.add(new Annotation(article.text()));
        }
        AtomicInteger finished = new AtomicInteger();
        pipeline.annotate(docs, n, doc -> finished.incrementAndGet());
        if (finished.get() != docs.size()) {
            throw new IllegalStateException("baseline annotated " + finished.get() + " of " + docs.size() + " texts");
        }
    }
}
