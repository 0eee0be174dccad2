package org.parley.cli;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.parley.ingest.ReadProblem;
import org.parley.ingest.admit.Admission;
import org.parley.model.Article;

/**
 * The reading side of a batch: takes each article as a reader yields it, passes over what the
 * core {@link Admission} does not admit (not English, a copy of an article already taken), and hands the rest to the workers, at most
 * {@code inFlight} at a time (so a fast reader cannot fill memory). Every decision becomes an
 * {@link Outcome} for the writing side. Called by one reader at a time (methods are synchronized
 * for feed pollers, which call from their own threads).
 */
final class Intake {

    private final BlockingQueue<Outcome> outcomes;
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final Function<Article, Outcome> process;
    private final Admission admission;
    private final AtomicInteger units;
    private final AtomicInteger unopened;
    private boolean inputCounted;

    /**
     * @param units    articles and problems so far, for the progress total
     * @param unopened inputs not yet read from, each counting one towards the total until it yields
     */
    Intake(BlockingQueue<Outcome> outcomes, Semaphore inFlight, ExecutorService workers,
           Function<Article, Outcome> process, Admission admission, AtomicInteger units, AtomicInteger unopened) {
        this.outcomes = outcomes;
        this.inFlight = inFlight;
        this.workers = workers;
        this.process = process;
        this.admission = admission;
        this.units = units;
        this.unopened = unopened;
    }

    synchronized void article(Article article) {
        unit();
        Admission.Verdict verdict = admission.check(article);
        if (verdict.kind() == Admission.Verdict.Kind.NOT_ENGLISH) {
            outcomes.add(new Outcome.NotEnglish(article, verdict.language()));
            return;
        }
        if (!verdict.admitted()) {
            outcomes.add(new Outcome.Copy(article, verdict));
            return;
        }
        outcomes.add(new Outcome.Started(article.contentHash()));
        inFlight.acquireUninterruptibly();
        long fingerprint = verdict.fingerprint();
        workers.execute(() -> outcomes.add(withFingerprint(process.apply(article), fingerprint)));
    }

    synchronized void problem(ReadProblem problem) {
        if (problem.notice()) { // the article itself comes too, and counts
            outcomes.add(new Outcome.Notice(problem.oneLine()));
            return;
        }
        unit();
        outcomes.add(new Outcome.Failed(problem.oneLine(), null));
    }

    /** One input is read to its end; {@code skipped} are the records its reader passed over, by reason. */
    synchronized void inputDone(Map<String, Long> skipped) {
        if (!skipped.isEmpty()) {
            outcomes.add(new Outcome.Records(skipped));
        }
        countInputOpened();
        inputCounted = false;
    }

    private void unit() {
        units.incrementAndGet();
        countInputOpened();
    }

    private void countInputOpened() {
        if (!inputCounted) {
            inputCounted = true;
            if (unopened.get() > 0) {
                unopened.decrementAndGet();
            }
        }
    }

    private static Outcome withFingerprint(Outcome outcome, long fingerprint) {
        return outcome instanceof Outcome.Done d ? new Outcome.Done(d.article(), d.extraction(), fingerprint) : outcome;
    }
}
