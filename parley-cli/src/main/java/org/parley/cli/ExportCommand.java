package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.cli.export.CsvExport;
import org.parley.cli.export.ExportTable;
import org.parley.cli.export.ExportTables;
import org.parley.cli.export.GraphmlExport;
import org.parley.cli.export.JsonLinesExport;
import org.parley.cli.export.ParquetExport;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes stored events to a file for other tools.",
                "csv, jsonl, parquet: events with their sources (one row per event and source), or with"
                        + " --table cameo the CAMEO-style event table (date, source actor, target actor, CAMEO code,"
                        + " Goldstein score, source URL) to join with GDELT or ICEWS data.",
                "graphml: the actor network (actors as nodes, shared events as weighted edges), for Gephi."})
final class ExportCommand implements Callable<Integer> {

    enum Format { CSV, JSONL, PARQUET, GRAPHML }

    enum Table { EVENTS, CAMEO }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Option(names = "--format", paramLabel = "F", required = true, description = "csv, jsonl, parquet or graphml.")
    private Format format;

    @Option(names = "--table", paramLabel = "T", defaultValue = "events",
            description = "events or cameo, for csv, jsonl and parquet (default: ${DEFAULT-VALUE}).")
    private Table table;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "The file to write.")
    private Path out;

    @Mixin
    private EventFilterOptions filters;

    @Override
    public Integer call() throws IOException {
        EventQuery query = filters.query(spec);
        if (format == Format.GRAPHML && table == Table.CAMEO) {
            throw new ParameterException(spec.commandLine(), "--table cameo is a table: use csv, jsonl or parquet");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalStateException("cannot write " + out + ": folder " + parent + " does not exist");
        }
        List<StoredEvent> events;
        try (Store store = db.openExisting()) {
            events = store.events(query);
        }
        String what;
        if (format == Format.GRAPHML) {
            GraphmlExport.write(events, out);
            what = "the network of " + events.size() + " events";
        } else {
            ExportTable rows = table == Table.CAMEO ? ExportTables.cameo(events) : ExportTables.events(events);
            switch (format) {
                case CSV -> CsvExport.write(rows, out);
                case JSONL -> JsonLinesExport.write(rows, out);
                default -> ParquetExport.write(rows, out);
            }
            what = rows.rows().size() + " rows (" + table.name().toLowerCase(Locale.ROOT) + ") of " + events.size()
                    + " events";
        }
        spec.commandLine().getOut().printf("exported %s to %s%n", what, out);
        spec.commandLine().getOut().flush();
        return 0;
    }

}
