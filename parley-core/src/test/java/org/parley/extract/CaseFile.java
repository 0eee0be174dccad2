package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated file of rule cases: blank and {@code #} lines skipped, the last column yes or no. */
final class CaseFile {

    /** One case: its line number, its columns. */
    record Row(int line, String[] columns) {

        boolean yes() {
            return columns[columns.length - 1].equals("yes");
        }
    }

    private CaseFile() {
    }

    /** @param layout the columns, as the failure message names them ("rule<TAB>sentence<TAB>yes|no") */
    static List<Row> rows(Path file, String layout) throws IOException {
        int columns = layout.split("<TAB>").length;
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            assertEquals(columns, cols.length, file + ":" + (i + 1) + ": expected " + layout);
            String last = cols[columns - 1];
            assertTrue(last.equals("yes") || last.equals("no"), file + ":" + (i + 1) + ": yes or no, not " + last);
            out.add(new Row(i + 1, cols));
        }
        return out;
    }
}
