package org.parley.extract;

import java.util.List;
import org.parley.model.Extraction;
import org.parley.nlp.ParsedText;
import org.parley.pipeline.Stage;

/** Placeholder: finds nothing yet (the rule-based extractor replaces this). */
public final class Extractor implements Stage<ParsedText, Extraction> {

    @Override
    public Extraction apply(ParsedText parsed) {
        var clean = parsed.clean();
        return new Extraction(clean.article(), clean.published(), clean.publishedHow(), clean.text(),
                List.of(), List.of());
    }
}
