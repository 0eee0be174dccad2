package org.parley.eval;

/** The result of scoring; {@link #render(boolean)} prints what score.py prints. */
public interface ScoreReport {

    double strictF1();

    double looseF1();

    /** score.py's output: per-article misses when verbose, then the totals, last line "strict F1 X". */
    String render(boolean verbose);
}
