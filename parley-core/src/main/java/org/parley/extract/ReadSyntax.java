package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.parley.nlp.DependencyParses;
import org.parley.nlp.Parse;
import org.parley.nlp.Sentence;

/**
 * Parses the sentences that can state an exchange (a trigger and a person or a title) and that either hold
 * a word some PLANNED rule of {@code patterns/frames.semgrex} needs, for a trigger whose tense the words
 * near it leave open, or name both a country and a person the text left without a side (for the SIDE
 * rules), and runs the rules on them. Other sentences are not
 * parsed: most of an article states no exchange, and parsing is the dearest step per sentence.
 */
final class ReadSyntax implements Component {

    private final Function<Sentence, Parse> parser;

    /** With CoreNLP's dependency parser. */
    ReadSyntax() {
        this(sentence -> DependencyParses.shared().parse(sentence));
    }

    /** @param parser the parse of a sentence (tests give parses written by hand) */
    ReadSyntax(Function<Sentence, Parse> parser) {
        this.parser = parser;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.PEOPLE, Layer.TRIGGERS);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.SYNTAX);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        List<Words> sentences = doc.sentences();
        List<List<Trigger>> triggers = doc.perSentence(Layer.TRIGGERS);
        ArticlePeople people = doc.people(Layer.PEOPLE);
        List<List<SyntaxPatterns.Match>> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            Words w = sentences.get(k);
            boolean candidate = !triggers.get(k).isEmpty() && (!people.mentionsIn(k).isEmpty() || names(w, "TITLE"))
                    && (tenseLeftOpen(w, triggers.get(k)) && SyntaxPatterns.frames().mayMatch(SyntaxPatterns.Kind.PLANNED, lemmas(w))
                        || namesSomeoneWithoutASide(people, k) && names(w, "COUNTRY", "NATIONALITY"));
            out.add(candidate ? List.copyOf(SyntaxPatterns.frames().matches(parser.apply(w.sentence))) : List.of());
        }
        return doc.with(Layer.SYNTAX, List.copyOf(out));
    }

    /** Whether the words near some trigger leave its tense to the parse: they do not already say "planned". */
    private static boolean tenseLeftOpen(Words w, List<Trigger> triggers) {
        return triggers.stream().anyMatch(t -> !Status.plannedByWords(w, t));
    }

    private static Set<String> lemmas(Words w) {
        Set<String> out = new HashSet<>();
        for (String lemma : w.lemma) {
            out.add(lemma.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean namesSomeoneWithoutASide(ArticlePeople people, int sentence) {
        return people.mentionsIn(sentence).stream().anyMatch(m -> !m.inTitle() && people.person(m.person()).side() == null);
    }

    /** Whether a token of the sentence carries one of the entity tags. */
    private static boolean names(Words w, String... tags) {
        for (int i = 0; i < w.size(); i++) {
            if (w.nerIs(i, tags)) {
                return true;
            }
        }
        return false;
    }
}
