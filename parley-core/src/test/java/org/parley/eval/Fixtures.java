package org.parley.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The hand-written fictional fixtures under src/test/resources/eval, found on the class path. */
final class Fixtures {

    private Fixtures() {
    }

    /** {@code tiny/gold} and {@code tiny/pred}: four articles, numbers worked out in ScorerTest. */
    static Path tiny() {
        URL url = Fixtures.class.getResource("/eval/tiny");
        if (url == null) {
            throw new IllegalStateException("test resources eval/tiny missing from the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
