package org.parley.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A table as RFC 4180 CSV with a header row; empty fields where a value is unknown. */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(ExportTable table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(out, table.columns().stream().map(ExportTable.Column::name).toList());
            for (List<Object> r : table.rows()) {
                row(out, r);
            }
        }
    }

    private static void row(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values.get(i);
            out.write(v == null ? "" : quoted(String.valueOf(v)));
        }
        out.write("\r\n");
    }

    private static String quoted(String s) {
        boolean plain = s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
