package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Prints the timeline: stored events by date, each with its participants and sources.",
                "Filters combine; events without a date are left out when --from or --to is given."})
final class EventsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Mixin
    private EventFilterOptions filters;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    private TimelineFormat format;

    @Override
    public Integer call() {
        EventQuery query = filters.query(spec);
        List<StoredEvent> events;
        try (Store store = db.openExisting()) {
            events = store.events(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        format.write(events, out);
        out.flush();
        return 0;
    }
}
