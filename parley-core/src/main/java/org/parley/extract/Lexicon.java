package org.parley.extract;

import java.util.Set;
import org.parley.lexicon.NameWords;

/**
 * The word lists the rules share, each read once from its file of {@code lexicon/} (one lower-case word a
 * line, matched against single tokens). Trigger words are in patterns/triggers.tokensregex.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that head a title of office: "minister", "chairman", "counterpart"... */
    static final Set<String> TITLE_HEADS = NameWords.wordList("title-heads");

    /** Lower-case words that may stand inside a title without being heads ("top", "then"). */
    static final Set<String> TITLE_MODIFIERS = NameWords.wordList("title-modifiers");

    /** Words joining parts of a title ("Minister of Foreign Affairs", "Chairman of the ..."). */
    static final Set<String> TITLE_JOINERS = NameWords.wordList("title-joiners");

    /** Honorifics that may precede a name and are not part of it. */
    static final Set<String> HONORIFICS = NameWords.wordList("honorific-tokens");

    /** Words for the spouse an official travels with ("his wife, ..."). */
    static final Set<String> SPOUSE_WORDS = NameWords.wordList("spouse-words");

    /** Words that make congratulations something sent rather than spoken ("in a message", "a letter"). */
    static final Set<String> SENT_WORDS = NameWords.wordList("sent-words");

    /** Nouns that head the name of a standing body or recurring format. */
    static final Set<String> MECHANISM_HEADS = NameWords.wordList("mechanism-heads");

    /** Words that announce that an exchange lies ahead. */
    static final Set<String> FUTURE_CUES = NameWords.wordList("future-cues");

    /** Collective references to the people of an exchange already named ("the two leaders"). */
    static final Set<String> COLLECTIVE_HEADS = NameWords.wordList("collective-heads");
}
