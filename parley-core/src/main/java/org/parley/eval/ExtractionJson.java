package org.parley.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.model.Extraction;

/**
 * Writes an {@link Extraction} as one JSON file in the schema of the gold annotations
 * ({@code {"id", "published", "events": [...], "persons": [...]}}) plus Parley's extra fields.
 * This is the interface quality is measured through: keep it stable.
 */
public final class ExtractionJson {

    private ExtractionJson() {
    }

    /** The JSON text for one extraction. */
    public static String toJson(Extraction extraction) {
        throw new UnsupportedOperationException("not yet written");
    }

    /** Writes {@code toJson(extraction)} to {@code file} (UTF-8). */
    public static void write(Extraction extraction, Path file) throws IOException {
        throw new UnsupportedOperationException("not yet written");
    }
}
