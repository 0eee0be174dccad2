package org.parley.nlp;

import java.util.List;

/** A sentence of the cleaned text, with its tokens; offsets are into the cleaned text. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
