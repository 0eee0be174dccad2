package org.parley.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A table as JSON Lines: one object per row, numbers and flags as JSON numbers and booleans. */
public final class JsonLinesExport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesExport() {
    }

    public static void write(ExportTable table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (List<Object> r : table.rows()) {
                ObjectNode o = MAPPER.createObjectNode();
                for (int i = 0; i < r.size(); i++) {
                    o.putPOJO(table.columns().get(i).name(), r.get(i));
                }
                out.write(MAPPER.writeValueAsString(o));
                out.write('\n');
            }
        }
    }
}
