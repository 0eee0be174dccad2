package org.parley.model;

import java.util.Objects;

/**
 * The sentence that states an event, with character offsets into the article's original text
 * ({@code Article.text()}), so the sentence can be highlighted where it was read.
 */
public record Evidence(String articleId, String sentence, int begin, int end) {

    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad evidence span " + begin + ".." + end);
        }
    }
}
