package org.parley.eval;

import java.util.List;

/**
 * One gold file's result.
 *
 * @param file   the gold file name ("000_806834c5e432ab03.json")
 * @param counts this article's counts ({@code articles} is 1)
 * @param missed gold events without a strict match, in gold order
 * @param extra  predicted events without a strict match, in prediction order
 */
public record ArticleScore(String file, Counts counts, List<EvalEvent> missed, List<EvalEvent> extra) {

    public ArticleScore {
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    /** Whether score.py --verbose prints this article (something missed or extra). */
    public boolean hasErrors() {
        return !missed.isEmpty() || !extra.isEmpty();
    }
}
