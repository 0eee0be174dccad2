package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.ingest.ArticleSource;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.ReadProblem;
import org.parley.ingest.admit.Admission;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;
import org.parley.store.NewArticle;

/**
 * Reads inputs, runs the pipeline on N worker threads and hands every result to one sink on the
 * calling thread, so the sink (the database writer) needs no locking and saves one article per
 * transaction. A reader thread feeds the workers ({@link Intake}); at most 2N articles are in
 * flight, so memory does not grow with the batch. Each bad input or failed article is one line; the
 * batch goes on. Copies of an article still in flight wait for its result, then are recorded as its
 * sources (or fail with it).
 */
final class BatchRun {

    /** Takes one result; returns false if it was not needed (the article was already stored). */
    interface Sink {
        boolean accept(org.parley.model.Extraction extraction) throws Exception;

        /** Takes the result of an article thought new, with its text's fingerprint; says what became of it. */
        default NewArticle save(org.parley.model.Extraction extraction, long fingerprint) throws Exception {
            return new NewArticle(accept(extraction) ? NewArticle.Outcome.STORED : NewArticle.Outcome.ALREADY_STORED,
                    null, List.of(), 0);
        }
    }

    /** The sink of ingest and watch: new articles stored through {@code admission}, others as they are. */
    static Sink storing(Admission admission, org.parley.store.Store store) {
        return new Sink() {
            @Override
            public boolean accept(org.parley.model.Extraction extraction) {
                return store.save(extraction);
            }

            @Override
            public NewArticle save(org.parley.model.Extraction extraction, long fingerprint) {
                return admission.save(extraction, fingerprint);
            }
        };
    }

    /** Where a batch's articles come from: files, or one poll of feeds. Read on one thread. */
    interface Input {
        /** Inputs known before reading, each counting one towards the progress total until it yields. */
        int count();

        void readInto(Intake intake);
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

    /** The files named by {@code paths} (folders searched); each read by the reader its content asks for. */
    BatchSummary run(List<Path> paths, Admission dedup, Sink sink) throws InterruptedException {
        List<ReadProblem> unusable = new ArrayList<>();
        List<ReadProblem> passedOver = new ArrayList<>();
        List<Path> files = InputFiles.expand(paths, unusable::add, passedOver::add);
        BatchSummary.Tally tally = new BatchSummary.Tally();
        for (ReadProblem problem : unusable) {
            progress.message("parley: " + problem.oneLine());
            tally.failed(problem.oneLine());
        }
        for (ReadProblem skip : passedOver) {
            progress.message("parley: " + skip.oneLine());
            tally.skippedInput(skip.oneLine());
        }
        return run(files(files), dedup, sink, tally);
    }

    BatchSummary run(Input input, Admission dedup, Sink sink) throws InterruptedException {
        return run(input, dedup, sink, new BatchSummary.Tally());
    }

    private BatchSummary run(Input input, Admission dedup, Sink sink, BatchSummary.Tally tally)
            throws InterruptedException {
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        AtomicInteger units = new AtomicInteger();
        AtomicInteger unopened = new AtomicInteger(input.count());
        Semaphore inFlight = new Semaphore(2 * threads);
        Thread reader = new Thread(() -> read(input, dedup, outcomes, inFlight, units, unopened), "parley-reader");
        reader.setDaemon(true);
        reader.start();
        Writer writer = new Writer(sink, dedup, tally, inFlight);
        int done = 0;
        for (Outcome outcome = outcomes.take(); !(outcome instanceof Outcome.End); outcome = outcomes.take()) {
            if (writer.take(outcome)) {
                done++;
                progress.update(done, units.get() + unopened.get());
            }
        }
        progress.finish();
        return tally.summary();
    }

    private void read(Input input, Admission dedup, BlockingQueue<Outcome> outcomes, Semaphore inFlight,
                      AtomicInteger units, AtomicInteger unopened) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Intake intake = new Intake(outcomes, inFlight, workers, this::process, dedup, units, unopened);
            try {
                input.readInto(intake);
            } catch (RuntimeException e) {
                outcomes.add(new Outcome.Failed("reading stopped: " + Parley.oneLine(e), null));
            }
            workers.shutdown();
            workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
            outcomes.add(new Outcome.End());
        }
    }

    private static Input files(List<Path> files) {
        return new Input() {
            @Override
            public int count() {
                return files.size();
            }

            @Override
            public void readInto(Intake intake) {
                for (Path file : files) {
                    Map<String, Long> skipped = Map.of();
                    try (ArticleSource source = ArticleSources.open(file);
                         Stream<Article> articles = source.articles(intake::problem)) {
                        articles.forEach(intake::article);
                        skipped = source.skipped();
                    } catch (RuntimeException e) {
                        intake.problem(new ReadProblem(file.toString(), null, Parley.oneLine(e)));
                    }
                    intake.inputDone(skipped);
                }
            }
        };
    }

    private Outcome process(Article article) {
        try {
            return new Outcome.Done(article, pipeline().process(article), 0);
        } catch (Throwable e) { // one article's failure (even a StackOverflowError in a parser) must not end the batch
            if (Boolean.getBoolean("parley.debug")) {
                e.printStackTrace();
            }
            return new Outcome.Failed(article.origin() + ": processing failed: " + Parley.oneLine(e), article);
        }
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    /** The writing side, on the calling thread: saves, records copies, counts. */
    private final class Writer {
        private final Sink sink;
        private final Admission dedup;
        private final BatchSummary.Tally tally;
        private final Semaphore inFlight;
        /** Articles in flight, with the copies of each that arrived meanwhile. */
        private final Map<String, List<Outcome.Copy>> waiting = new HashMap<>();

        Writer(Sink sink, Admission dedup, BatchSummary.Tally tally, Semaphore inFlight) {
            this.sink = sink;
            this.dedup = dedup;
            this.tally = tally;
            this.inFlight = inFlight;
        }

        /** Returns whether the outcome is one unit of progress. */
        boolean take(Outcome outcome) {
            if (outcome instanceof Outcome.Started s) {
                waiting.put(s.articleId(), new ArrayList<>());
                return false;
            } else if (outcome instanceof Outcome.Records r) {
                tally.skippedRecords(r.byReason());
                return false;
            } else if (outcome instanceof Outcome.Notice n) {
                progress.message("parley: " + n.line());
                tally.noticed(n.line());
                return false;
            } else if (outcome instanceof Outcome.Done d) {
                inFlight.release();
                save(d);
            } else if (outcome instanceof Outcome.Copy c) {
                tally.read++;
                List<Outcome.Copy> copies = waiting.get(c.verdict().of());
                if (copies != null) {
                    copies.add(c);
                } else {
                    record(c);
                }
            } else if (outcome instanceof Outcome.NotEnglish n) {
                tally.read++;
                tally.skippedByLanguage(n.article().origin() + " (" + n.language() + ")");
            } else if (outcome instanceof Outcome.Failed f) {
                if (f.article() != null) {
                    inFlight.release();
                    tally.read++;
                }
                fail(f.line());
                if (f.article() != null) {
                    failCopies(f.article());
                }
            }
            return true;
        }

        private void save(Outcome.Done d) {
            tally.read++;
            Article article = d.article();
            NewArticle saved;
            try {
                saved = sink.save(d.extraction(), d.fingerprint());
            } catch (Exception e) {
                fail(article.origin() + ": " + Parley.oneLine(e));
                failCopies(article);
                return;
            }
            switch (saved.outcome()) {
                case STORED -> {
                    tally.saved++;
                    tally.events += d.extraction().events().size();
                }
                case ALREADY_STORED -> tally.alreadyStored++;
                case SOURCE_OF -> tally.nearDuplicate(article.origin() + (article.url() != null ? " (" + article.url()
                        + ")" : "") + " of " + saved.copyOf().origin() + " (stored meanwhile by another process)");
            }
            for (Outcome.Copy copy : waitingFor(article)) {
                record(copy); // when this article became a source itself, its copies go to the one it copies
            }
        }

        private void record(Outcome.Copy c) {
            Article copy = c.article();
            try {
                dedup.copy(c.verdict(), copy);
            } catch (RuntimeException e) {
                fail(copy.origin() + ": cannot record it as a copy of " + c.verdict().ofOrigin() + ": "
                        + Parley.oneLine(e));
                return;
            }
            if (c.verdict().kind() == Admission.Verdict.Kind.EXACT) {
                tally.alreadyStored++;
            } else {
                tally.nearDuplicate(copy.origin() + (copy.url() != null ? " (" + copy.url() + ")" : "")
                        + " of " + c.verdict().ofOrigin());
            }
        }

        private void failCopies(Article original) {
            dedup.notSaved(original);
            for (Outcome.Copy copy : waitingFor(original)) {
                fail(copy.article().origin() + ": not stored: a copy of " + original.origin() + ", which failed");
            }
        }

        private List<Outcome.Copy> waitingFor(Article article) {
            List<Outcome.Copy> copies = waiting.remove(article.contentHash());
            return copies == null ? List.of() : copies;
        }

        private void fail(String line) {
            tally.failed(line);
            progress.message("parley: " + line);
        }
    }
}
