package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies, the model in the models jar), run on one
 * sentence at a time. Parsing is not part of {@link CoreNlpAdapter}'s pipeline: the extract stage
 * asks for the parse of the few sentences that can state an exchange (a trigger word and a person),
 * which keeps the cost of parsing to those.
 *
 * <p>The model loads in a few seconds: use {@link #shared()}; {@link #parse} is safe from several threads.
 */
public final class DependencyParses {

    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final class Loaded {
        static final DependencyParses SHARED = new DependencyParses();
    }

    private final DependencyParser parser;

    private DependencyParses() {
        this.parser = DependencyParser.loadFromModelFile(MODEL);
    }

    /** The process-wide parser, loaded on first use. */
    public static DependencyParses shared() {
        return Loaded.SHARED;
    }

    /** The basic dependencies of a sentence, over its tokens as the NLP stage tagged them. */
    public Parse parse(Sentence sentence) {
        List<CoreLabel> labels = Parse.labels(sentence);
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure structure = parser.predict(map);
        return Parse.of(labels, new ArrayList<>(structure.typedDependencies()));
    }
}
