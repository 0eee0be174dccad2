package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * What became of an article offered to {@link Store#saveNew}.
 *
 * @param outcome what was done
 * @param copyOf  for {@link Outcome#SOURCE_OF}, the stored article it copies; else null
 * @param arrived fingerprints other writers stored since the mark the caller gave, oldest first
 * @param mark    the mark to give next time: every fingerprint up to it has now been seen
 */
public record NewArticle(Outcome outcome, ArticleFingerprint copyOf, List<ArticleFingerprint> arrived, long mark) {

    public enum Outcome {
        /** stored, with its fingerprint */
        STORED,
        /** the same text was stored already (by another writer meanwhile); nothing changed */
        ALREADY_STORED,
        /** a near-copy of it was stored meanwhile: recorded as another source of that one instead */
        SOURCE_OF
    }

    public NewArticle {
        Objects.requireNonNull(outcome, "outcome");
        arrived = List.copyOf(arrived);
    }
}
