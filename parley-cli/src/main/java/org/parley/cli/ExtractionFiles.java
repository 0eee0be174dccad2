package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.parley.model.ExtractionJson;
import org.parley.model.Extraction;

/** Writes each extraction to {@code DIR/<article id>.json}; refuses a second article with the same id. */
final class ExtractionFiles implements BatchRun.Sink {

    private final Path dir;
    private final Set<String> written = new HashSet<>();

    ExtractionFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    @Override
    public boolean accept(Extraction extraction) throws IOException {
        String id = extraction.article().id();
        if (!written.add(id)) {
            throw new IOException("another article with id " + id + " was already written to " + dir);
        }
        ExtractionJson.write(extraction, dir.resolve(id + ".json"));
        return true;
    }
}
