package org.parley.cli.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A flat table to export: typed columns and rows of values (null where unknown), written the same
 * way as CSV, JSON Lines or Parquet.
 */
public record ExportTable(List<Column> columns, List<List<Object>> rows) {

    /** What a column holds, so that Parquet and JSON keep numbers and flags as such. */
    public enum Kind { STRING, LONG, DOUBLE, BOOLEAN }

    public record Column(String name, Kind kind) {
    }

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Collects rows for columns given in order as name/kind pairs. */
    static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        Builder column(String name, Kind kind) {
            columns.add(new Column(name, kind));
            return this;
        }

        void row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(values)));
        }

        ExportTable build() {
            return new ExportTable(columns, rows);
        }
    }
}
