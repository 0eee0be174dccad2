package org.parley.server;

import java.util.function.Function;
import org.parley.ingest.admit.Admission;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.store.NewArticle;
import org.parley.store.Store;

/**
 * Uploads through a reading pipeline into a store; one article at a time, as the store writes
 * serially. Admitted as 'parley ingest' admits: an article not in English is not read, a copy of a
 * stored story is recorded as another source of it ({@link Admission}).
 */
public final class StoreIngest implements ArticleIngest {

    private final Function<Article, Extraction> reader;
    private final Admission admission;

    /** @param reader usually {@code Pipeline::process} */
    public StoreIngest(Function<Article, Extraction> reader, Store store) {
        this.reader = reader;
        this.admission = Admission.against(store); // one window across uploads, as across a batch
    }

    @Override
    public synchronized Result ingest(Article article) {
        Admission.Verdict verdict = admission.check(article);
        switch (verdict.kind()) {
            case NOT_ENGLISH:
                return new Result(article.contentHash(), false, 0, "not in English (" + verdict.language() + ")");
            case EXACT:
                admission.copy(verdict, article);
                return new Result(verdict.of(), false, 0, "already stored");
            case NEAR:
                admission.copy(verdict, article);
                return new Result(verdict.of(), false, 0, "near-duplicate of " + verdict.ofOrigin()
                        + ": recorded as another source of it");
            default:
                break;
        }
        Extraction extraction;
        try {
            extraction = reader.apply(article);
        } catch (RuntimeException e) {
            admission.notSaved(article);
            throw e;
        }
        NewArticle saved = admission.save(extraction, verdict.fingerprint());
        return switch (saved.outcome()) {
            case STORED -> new Result(article.contentHash(), true, extraction.events().size());
            case ALREADY_STORED -> new Result(article.contentHash(), false, 0, "already stored");
            case SOURCE_OF -> new Result(saved.copyOf().articleId(), false, 0, "near-duplicate of "
                    + saved.copyOf().origin() + ": recorded as another source of it");
        };
    }
}
