package org.parley.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores a folder of predictions against a gold folder, counting exactly as
 * {@code ../shared/eval/score.py} does (see GOLD.md).
 */
public final class Scorer {

    private Scorer() {
    }

    public static ScoreReport score(Path goldDir, Path predDir) throws IOException {
        throw new UnsupportedOperationException("not yet written");
    }
}
