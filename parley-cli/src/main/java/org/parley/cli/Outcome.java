package org.parley.cli;

import java.util.Map;
import org.parley.ingest.admit.Admission;
import org.parley.model.Article;
import org.parley.model.Extraction;

/** What became of one article or record, passed from a batch's reader and workers to its writer. */
sealed interface Outcome {

    /** An article went to the workers; copies of it wait for its result. */
    record Started(String articleId) implements Outcome {
    }

    record Done(Article article, Extraction extraction, long fingerprint) implements Outcome {
    }

    /** The same or near-identical text as the article {@code verdict.of()}, not processed again. */
    record Copy(Article article, Admission.Verdict verdict) implements Outcome {
    }

    record NotEnglish(Article article, String language) implements Outcome {
    }

    /** Records a reader passed over on purpose, by reason. */
    record Records(Map<String, Long> byReason) implements Outcome {
    }

    /**
     * @param line    "FILE (record N): reason", without the "parley: " prefix
     * @param article the article that could not be processed, or null for an unreadable input or record
     */
    record Failed(String line, Article article) implements Outcome {
    }

    /** Something read, but not as declared (a page's wrong charset): said, not a failure. */
    record Notice(String line) implements Outcome {
    }

    record End() implements Outcome {
    }
}
