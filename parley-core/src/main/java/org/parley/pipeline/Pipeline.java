package org.parley.pipeline;

import org.parley.clean.CleanText;
import org.parley.clean.Cleaner;
import org.parley.extract.Extractor;
import org.parley.lexicon.OfficeHolders;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.nlp.CoreNlpAdapter;
import org.parley.nlp.ParsedText;
import org.parley.stage.Stage;

/**
 * The whole reading pipeline for one article, top to bottom:
 * clean (boilerplate, dates of the article) → nlp (sentences, tokens, names) → extract (events,
 * persons, resolved within the article). Storing and cross-article resolution come after, in
 * {@code store} and {@code resolve}. Thread-safe: articles may be processed in parallel.
 */
public final class Pipeline {

    private final Stage<Article, CleanText> clean;
    private final Stage<CleanText, ParsedText> nlp;
    private final Stage<ParsedText, Extraction> extract;

    public Pipeline(Stage<Article, CleanText> clean, Stage<CleanText, ParsedText> nlp,
                    Stage<ParsedText, Extraction> extract) {
        this.clean = clean;
        this.nlp = nlp;
        this.extract = extract;
    }

    /** The standard pipeline, with the process-wide CoreNLP models (loaded on first call). */
    public static Pipeline standard() {
        return new Pipeline(new Cleaner(), CoreNlpAdapter.shared(), new Extractor());
    }

    /** The standard pipeline with the office-holder knowledge base switched off: sides from the text alone. */
    public static Pipeline withoutKnowledgeBase() {
        return new Pipeline(new Cleaner(), CoreNlpAdapter.shared(), new Extractor(OfficeHolders.none()));
    }

    public Extraction process(Article article) {
        return extract.apply(nlp.apply(clean.apply(article)));
    }
}
