package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of one sentence: its arcs as plain records, and the graph that Semgrex
 * patterns run over. Token indexes are those of the sentence's tokens, from 0.
 */
public final class Parse {

    /** One dependency: {@code governor} is -1 for the sentence's root. */
    public record Arc(int governor, int dependent, String relation) {
    }

    private final List<Arc> arcs;
    private final SemanticGraph graph;

    private Parse(List<Arc> arcs, SemanticGraph graph) {
        this.arcs = List.copyOf(arcs);
        this.graph = graph;
    }

    public List<Arc> arcs() {
        return arcs;
    }

    /** The graph for Semgrex: its words are indexed from 1, as CoreNLP does. */
    public SemanticGraph graph() {
        return graph;
    }

    /**
     * A parse written by hand, for tests that load no model: the arcs over the sentence's tokens.
     */
    public static Parse fromArcs(Sentence sentence, List<Arc> arcs) {
        List<CoreLabel> labels = labels(sentence);
        IndexedWord root = new IndexedWord(new CoreLabel());
        root.setIndex(0);
        root.setValue("ROOT");
        List<TypedDependency> deps = new ArrayList<>();
        for (Arc a : arcs) {
            IndexedWord dependent = new IndexedWord(labels.get(a.dependent()));
            if (a.governor() < 0) {
                deps.add(new TypedDependency(GrammaticalRelation.ROOT, root, dependent));
            } else {
                GrammaticalRelation relation = UniversalEnglishGrammaticalRelations.valueOf(a.relation());
                deps.add(new TypedDependency(relation, new IndexedWord(labels.get(a.governor())), dependent));
            }
        }
        return of(labels, deps);
    }

    static Parse of(List<CoreLabel> labels, List<TypedDependency> deps) {
        List<Arc> arcs = new ArrayList<>(deps.size());
        for (TypedDependency d : deps) {
            int governor = d.gov().index() - 1;
            arcs.add(new Arc(governor, d.dep().index() - 1, d.reln().toString()));
        }
        return new Parse(arcs, new SemanticGraph(deps));
    }

    /** The sentence's tokens as CoreNLP labels: word, tag, lemma, entity tag and index from 1. */
    static List<CoreLabel> labels(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        int index = 1;
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setIndex(index++);
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.index());
            labels.add(l);
        }
        return labels;
    }
}
