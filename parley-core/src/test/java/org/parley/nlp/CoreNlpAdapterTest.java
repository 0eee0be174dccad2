package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity classifier runs on the lead and on sentences that may state an exchange, not on the others. */
class CoreNlpAdapterTest {

    private static List<String> tags(CoreDocument doc, int sentence) {
        return doc.sentences().get(sentence).tokens().stream().map(CoreLabel::ner).toList();
    }

    @Test
    void onlySentencesThatMayStateAnExchangeAreClassified() {
        CoreDocument doc = CoreNlpAdapter.shared().annotated(String.join("\n",
                "Ports reopen after the storm",
                "The harbour of Valparaiso reopened on Friday.",
                "Ships waited for two days.",
                "Maria Lopez bought bread in Valparaiso.",
                "Maria Lopez met Juan Perez in Valparaiso."));
        // a fourth sentence of no exchange: no person, though the classifier would find one
        assertTrue(tags(doc, 3).stream().noneMatch("PERSON"::equals), tags(doc, 3).toString());
        // "met": the classifier ran
        assertEquals(List.of("PERSON", "PERSON"), tags(doc, 4).subList(0, 2));
        assertEquals(List.of("PERSON", "PERSON"), tags(doc, 4).subList(3, 5));
    }
}
