package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.clean.CleanText;
import org.parley.clean.Dateline;
import org.parley.clean.OffsetMap;
import org.parley.model.Article;
import org.parley.nlp.ParsedText;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Parsed articles written by hand, token by token, so that the extract components are tested without
 * loading a CoreNLP model. A sentence is its tokens separated by spaces, each token
 * {@code word|POS|NER|lemma} with the tags after the word optional: the part of speech defaults to NNP
 * for a capitalised word, "." for punctuation and NN otherwise, the entity tag to O, the lemma to the
 * word in lower case. "met|VBD|O|meet", "Kovar|NNP|PERSON", "Russian||NATIONALITY".
 */
final class HandParsed {

    private HandParsed() {
    }

    /** An article published on {@code published} (ISO day, or null), with no dateline. */
    static ParsedText article(String published, String... sentences) {
        return article(published, Dateline.NONE, sentences);
    }

    static ParsedText article(String published, Dateline dateline, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> parsed = new ArrayList<>();
        for (String spec : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            parsed.add(sentence(parsed.size(), text, spec));
        }
        LocalDate day = published == null ? null : LocalDate.parse(published);
        Article article = new Article("hand-built", "test", null, null, text.toString(), day);
        CleanText clean = new CleanText(article, text.toString(), OffsetMap.identity(text.length()), day,
                day == null ? null : "source", dateline);
        return new ParsedText(clean, parsed, List.of());
    }

    /** The document of a hand-built article, with no layer yet. */
    static ExtractDoc doc(String published, String... sentences) {
        return ExtractDoc.of(article(published, sentences));
    }

    /** Runs the given components over the document, in order, as a pipeline of them. */
    static ExtractDoc run(ExtractDoc doc, Component... components) {
        return ExtractionPipeline.of(components).run(doc);
    }

    private static Sentence sentence(int index, StringBuilder text, String spec) {
        int begin = text.length();
        List<Token> tokens = new ArrayList<>();
        for (String raw : spec.trim().split("\\s+")) {
            String[] parts = raw.split("\\|", -1);
            String word = parts[0];
            String pos = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : defaultPos(word);
            String ner = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : "O";
            String lemma = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : word.toLowerCase(Locale.ROOT);
            if (!tokens.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(word, start, text.length(), pos, lemma, ner));
        }
        return new Sentence(index, begin, text.length(), text.substring(begin), tokens);
    }

    private static String defaultPos(String word) {
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return word.equals(",") ? "," : ".";
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }
}
