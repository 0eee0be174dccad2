package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.cli.export.CsvExport;
import org.parley.cli.export.ExportTable;
import org.parley.cli.export.ExportTables;
import org.parley.cli.export.GraphmlExport;
import org.parley.cli.export.JsonLinesExport;
import org.parley.cli.export.ParquetExport;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
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

    @Option(names = "--actor", paramLabel = "NAME", description = "Part of a participant's name (any case, accents).")
    private String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "A participant's side, e.g. CHN, RUS, USA.")
    private String country;

    @Option(names = "--type", paramLabel = "T", description = "meeting, visit, call, session, agreement or message.")
    private EventType type;

    @Option(names = "--status", paramLabel = "S", description = "occurred or planned.")
    private EventStatus status;

    @Option(names = "--from", paramLabel = "DATE", converter = EventsCommand.DateConverter.class,
            description = "Events starting on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    private FuzzyDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = EventsCommand.DateConverter.class,
            description = "Events starting on or before DATE; a month or year includes all of it.")
    private FuzzyDate to;

    @Override
    public Integer call() throws IOException {
        EventQuery query = query();
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

    private EventQuery query() {
        if (country != null && !country.strip().matches("[A-Za-z]{3}")) {
            throw new ParameterException(spec.commandLine(),
                    "--country expects an ISO 3166 alpha-3 code such as CHN, got '" + country + "'");
        }
        LocalDate start = from == null ? null : from.value();
        LocalDate end = to == null ? null : EventsCommand.lastDay(to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new EventQuery(actor, country, type, status, start, end);
    }
}
