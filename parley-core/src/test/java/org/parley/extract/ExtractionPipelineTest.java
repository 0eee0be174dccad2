package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.lexicon.OfficeHolders;

class ExtractionPipelineTest {

    /** A component that declares what it is told to and adds what it is told to. */
    private record Fake(Set<Layer> requires, Set<Layer> assigns, Set<Layer> adds) implements Component {
        Fake(Set<Layer> requires, Set<Layer> assigns) {
            this(requires, assigns, assigns);
        }

        @Override
        public ExtractDoc apply(ExtractDoc doc) {
            for (Layer l : adds) {
                doc = doc.with(l, List.of());
            }
            return doc;
        }
    }

    @Test
    void aLayerNobodyAssignedBeforeIsRefusedWhenThePipelineIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractionPipeline.of(
                new ReadSentences(), new FindTriggers(), new FindMechanisms()));
        assertEquals("FindTriggers requires MECHANISMS, which no component before it assigns", e.getMessage());
    }

    @Test
    void aLayerAssignedTwiceIsRefusedWhenThePipelineIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractionPipeline.of(
                new ReadSentences(), new Fake(Set.of(), Set.of(Layer.SENTENCES))));
        assertEquals("Fake assigns SENTENCES, which a component before it assigns already", e.getMessage());
    }

    @Test
    void theExtractorsOwnPipelineFitsAndEndsWithEvents() {
        List<String> steps = new Extractor(OfficeHolders.none()).steps();
        assertEquals(15, steps.size());
        assertTrue(steps.get(14).startsWith("AssembleEvents"), steps.toString());
        assertTrue(steps.get(14).endsWith("-> [EVENTS]"), steps.toString());
    }

    @Test
    void aComponentThatAddsALayerItDidNotDeclareFailsTheRun() {
        ExtractionPipeline p = ExtractionPipeline.of(
                new Fake(Set.of(), Set.of(Layer.SENTENCES), Set.of(Layer.SENTENCES, Layer.PEOPLE)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(HandParsed.doc(null, "Hello .")));
        assertTrue(e.getMessage().startsWith("Fake declares it assigns [SENTENCES] but added"), e.getMessage());
    }

    /** Requires SENTENCES only, yet reads MECHANISMS. */
    private static final class Peeking implements Component {
        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.SENTENCES);
        }

        @Override
        public Set<Layer> assigns() {
            return Set.of(Layer.TRIGGERS);
        }

        @Override
        public ExtractDoc apply(ExtractDoc doc) {
            return doc.with(Layer.TRIGGERS, doc.perSentence(Layer.MECHANISMS));
        }
    }

    @Test
    void aComponentSeesOnlyTheLayersItRequires() {
        ExtractionPipeline p = ExtractionPipeline.of(new ReadSentences(), new Fake(Set.of(), Set.of(Layer.MECHANISMS)),
                new Peeking());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(HandParsed.doc(null, "Hello .")));
        assertEquals("layer MECHANISMS is not assigned (assigned: [SENTENCES])", e.getMessage());
    }

    @Test
    void aDocumentIsNeverChangedAndALayerIsAssignedOnce() {
        ExtractDoc empty = HandParsed.doc(null, "Hello .");
        ExtractDoc one = new ReadSentences().apply(empty);
        assertFalse(empty.has(Layer.SENTENCES));
        assertTrue(one.has(Layer.SENTENCES));
        assertThrows(UnsupportedOperationException.class, () -> one.layers().put(Layer.PEOPLE, List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> one.with(Layer.SENTENCES, List.of()));
        assertEquals("layer SENTENCES is already assigned", e.getMessage());
    }
}
