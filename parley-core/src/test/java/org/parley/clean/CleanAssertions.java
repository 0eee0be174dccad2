package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.parley.model.Article;

/** Helpers shared by the cleaner tests. */
final class CleanAssertions {

    private CleanAssertions() {
    }

    static CleanText clean(String text) {
        return new Cleaner().apply(Article.ofText("test", "test", text));
    }

    /** Every character the cleaner kept is the original character its offset points at. */
    static void assertOffsetsHold(CleanText clean) {
        String original = clean.article().text();
        String text = clean.text();
        assertEquals(text.length(), clean.offsets().cleanedLength());
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            int o = clean.offsets().toOriginal(i);
            if (o < previous) {
                fail("offsets go backwards at cleaned " + i);
            }
            previous = o;
            if (clean.offsets().isInserted(i)) {
                continue;
            }
            if (o >= original.length() || original.charAt(o) != text.charAt(i)) {
                fail("cleaned char " + i + " '" + text.charAt(i) + "' maps to original " + o
                        + (o < original.length() ? " '" + original.charAt(o) + "'" : " (past the end)"));
            }
        }
    }
}
