package org.parley.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Medvedev met with China's leader Xi Jinping": a person the words around the name left without a side
 * takes the country the parse attaches to their title (the SIDE rules of {@code patterns/frames.semgrex}).
 * People who have a side keep it: the parse is read only where the text said nothing.
 */
final class SideFromSyntax implements Component {

    /** As strong as a country named right after the name ("Ilham Aliyev of Azerbaijan"). */
    static final int WEIGHT = 3;

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.PEOPLE, Layer.SYNTAX);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.PARSED_SIDES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.people(Layer.PEOPLE);
        // who the text left without a side, before the votes below give some of them one
        Set<Integer> unsided = new HashSet<>();
        people.clusters.stream().filter(c -> c.side() == null).forEach(c -> unsided.add(c.id));
        List<Words> sentences = doc.sentences();
        List<List<SyntaxPatterns.Match>> syntax = doc.syntax();
        for (int k = 0; k < sentences.size(); k++) {
            for (SyntaxPatterns.Match m : syntax.get(k)) {
                if (m.rule().kind() != SyntaxPatterns.Kind.SIDE) {
                    continue;
                }
                Optional<ArticlePeople.Mention> named = mentionAt(people, k, m.node(SyntaxPatterns.PERSON_NODE));
                Optional<String> country = countryAt(sentences.get(k), m.node(SyntaxPatterns.COUNTRY_NODE));
                if (named.isPresent() && country.isPresent() && unsided.contains(named.get().person())) {
                    people.person(named.get().person()).vote(country.get(), WEIGHT);
                }
            }
        }
        return doc.with(Layer.PARSED_SIDES, people);
    }

    /** The mention of a person that holds the token, not one inside someone's title. */
    static Optional<ArticlePeople.Mention> mentionAt(ArticlePeople people, int sentence, int token) {
        return people.mentionsIn(sentence).stream()
                .filter(m -> !m.inTitle() && m.start() <= token && token < m.end())
                .findFirst();
    }

    /** The country of the name or nationality word the token belongs to ("Federation" of "Russian Federation"). */
    static Optional<String> countryAt(Words w, int token) {
        for (Gazetteer.Hit h : Gazetteer.get().allSides(w.wordList, 0, w.wordList.size())) {
            if (h.start() <= token && token < h.end() && h.kind() != Gazetteer.Kind.CITY) {
                return Optional.of(h.iso3());
            }
        }
        return Optional.empty();
    }
}
