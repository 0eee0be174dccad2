package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.ReadProblem;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.pipeline.Pipeline;

/**
 * Reads inputs, runs the pipeline on N worker threads and hands every result to one sink on the
 * calling thread, so the sink (the database writer) needs no locking and saves one article per
 * transaction. A reader thread feeds the workers; at most 2N articles are in flight, so memory does
 * not grow with the batch. Each bad input or failed article is one line; the batch goes on.
 */
final class BatchRun {

    /** Takes one result; returns false if it was not needed (the article was already stored). */
    interface Sink {
        boolean accept(Extraction extraction) throws Exception;
    }

    private sealed interface Outcome {
    }

    private record Done(Article article, Extraction extraction) implements Outcome {
    }

    private record Skipped() implements Outcome {
    }

    private record Failed(String line, boolean article) implements Outcome {
    }

    private record End() implements Outcome {
    }

    private final Supplier<Pipeline> pipelines;
    private final int threads;
    private final Progress progress;
    private Pipeline pipeline;

    /** @param pipelines called once, when the first article needs processing (models load then, if at all) */
    BatchRun(Supplier<Pipeline> pipelines, int threads, Progress progress) {
        this.pipelines = pipelines;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * @param skip which articles not to process (already stored); called on the reader thread
     */
    BatchSummary run(List<Path> paths, Predicate<Article> skip, Sink sink) throws InterruptedException {
        AtomicInteger expandFailures = new AtomicInteger();
        List<Path> inputs = ArticleSources.expand(paths, problem -> {
            progress.message("parley: " + problem.oneLine());
            expandFailures.incrementAndGet();
        });
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        Semaphore inFlight = new Semaphore(2 * threads);
        // the total is an estimate: articles found so far plus one for every input not yet opened
        AtomicInteger units = new AtomicInteger();
        AtomicInteger unopened = new AtomicInteger(inputs.size());
        Thread reader = new Thread(() -> read(inputs, skip, outcomes, inFlight, units, unopened), "parley-reader");
        reader.setDaemon(true);
        reader.start();

        int read = 0;
        int saved = 0;
        int skipped = 0;
        int failed = expandFailures.get();
        int events = 0;
        int done = 0;
        for (Outcome outcome = outcomes.take(); !(outcome instanceof End); outcome = outcomes.take()) {
            if (outcome instanceof Done d) {
                read++;
                inFlight.release();
                try {
                    if (sink.accept(d.extraction())) {
                        saved++;
                        events += d.extraction().events().size();
                    } else {
                        skipped++;
                    }
                } catch (Exception e) {
                    failed++;
                    progress.message("parley: " + d.article().origin() + ": " + Parley.oneLine(e));
                }
            } else if (outcome instanceof Skipped) {
                read++;
                skipped++;
            } else if (outcome instanceof Failed f) {
                if (f.article()) {
                    read++;
                    inFlight.release();
                }
                failed++;
                progress.message(f.line());
            }
            done++;
            progress.update(done, units.get() + unopened.get());
        }
        progress.finish();
        return new BatchSummary(read, saved, skipped, failed, events);
    }

    private void read(List<Path> inputs, Predicate<Article> skip, BlockingQueue<Outcome> outcomes,
                      Semaphore inFlight, AtomicInteger units, AtomicInteger unopened) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path input : inputs) {
                InputTally tally = new InputTally(units, unopened);
                try (ArticleSource source = ArticleSources.open(input)) {
                    source.articles(problem -> {
                        tally.unit();
                        outcomes.add(new Failed("parley: " + problem.oneLine(), false));
                    }).forEach(article -> {
                        tally.unit();
                        if (skip.test(article)) {
                            outcomes.add(new Skipped());
                            return;
                        }
                        inFlight.acquireUninterruptibly();
                        workers.execute(() -> outcomes.add(process(article)));
                    });
                } catch (RuntimeException e) {
                    tally.unit();
                    outcomes.add(new Failed("parley: " + input + ": " + Parley.oneLine(e), false));
                }
                tally.opened();
            }
            workers.shutdown();
            workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
            outcomes.add(new End());
        }
    }

    private Outcome process(Article article) {
        try {
            return new Done(article, pipeline().process(article));
        } catch (Throwable e) { // one article's failure (even a StackOverflowError in a parser) must not end the batch
            return new Failed("parley: " + article.origin() + ": processing failed: " + Parley.oneLine(e), true);
        }
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    /** Counts one input's articles and problems towards the total; the input stops counting as one unit once opened. */
    private static final class InputTally {
        private final AtomicInteger units;
        private final AtomicInteger unopened;
        private boolean opened;

        InputTally(AtomicInteger units, AtomicInteger unopened) {
            this.units = units;
            this.unopened = unopened;
        }

        void unit() {
            units.incrementAndGet();
            opened();
        }

        void opened() {
            if (!opened) {
                opened = true;
                unopened.decrementAndGet();
            }
        }
    }
}
