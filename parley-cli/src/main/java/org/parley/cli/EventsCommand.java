package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Prints the timeline: stored events by date, each with its participants and sources.",
                "Filters combine; events without a date are left out when --from or --to is given."})
final class EventsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Option(names = "--actor", paramLabel = "NAME", description = "Part of a participant's name (any case, accents).")
    private String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "A participant's side, e.g. CHN, RUS, USA.")
    private String country;

    @Option(names = "--type", paramLabel = "T",
            description = "meeting, visit, call, session, agreement or message.")
    private EventType type;

    @Option(names = "--status", paramLabel = "S", description = "occurred or planned.")
    private EventStatus status;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Events starting on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    private FuzzyDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Events starting on or before DATE; a month or year includes all of it.")
    private FuzzyDate to;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    private TimelineFormat format;

    @Override
    public Integer call() {
        EventQuery query = query();
        List<StoredEvent> events;
        try (Store store = db.openExisting()) {
            events = store.events(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        format.write(events, out);
        out.flush();
        return 0;
    }

    private EventQuery query() {
        if (country != null && !country.strip().matches("[A-Za-z]{3}")) {
            throw new ParameterException(spec.commandLine(),
                    "--country expects an ISO 3166 alpha-3 code such as CHN, got '" + country + "'");
        }
        LocalDate start = from == null ? null : from.value();
        LocalDate end = to == null ? null : lastDay(to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new EventQuery(actor, country, type, status, start, end);
    }

    /** The last day of the period, so that "--to 2023-07" includes July 31. */
    static LocalDate lastDay(FuzzyDate date) {
        LocalDate first = date.value();
        return switch (date.precision()) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    static final class DateConverter implements ITypeConverter<FuzzyDate> {
        @Override
        public FuzzyDate convert(String value) {
            try {
                return FuzzyDate.parse(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        }
    }
}
