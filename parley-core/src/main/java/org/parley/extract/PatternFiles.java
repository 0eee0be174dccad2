package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** What the rule files of {@code patterns/} share: how they are read and how a variable is defined. */
final class PatternFiles {

    /** {@code $NAME = text}: text that {@code $NAME} stands for in the rules below it. */
    static final Pattern VARIABLE = Pattern.compile("(\\$[A-Z_]+)\\s*=\\s*(.+)");

    private PatternFiles() {
    }

    /** The lines of a resource of this package, failing with its name when it is missing or unreadable. */
    static List<String> lines(String resource) {
        try (InputStream in = PatternFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/parley/extract/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/parley/extract/" + resource, e);
        }
    }
}
