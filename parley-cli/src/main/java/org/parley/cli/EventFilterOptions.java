package org.parley.cli;

import java.time.LocalDate;
import org.parley.model.Channel;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.store.EventQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The event filters that the timeline and the exports share: actor, country, channel, type, status, dates. */
public final class EventFilterOptions {

    @Option(names = "--actor", paramLabel = "NAME", description = "Part of a participant's name (any case, accents).")
    private String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "One of the sides, e.g. CHN, RUS, USA (whether or not a person is named for it).")
    private String country;

    @Option(names = "--type", paramLabel = "T",
            description = "meeting, visit, call, session, agreement or message.")
    private EventType type;

    @Option(names = "--status", paramLabel = "S", description = "occurred or planned.")
    private EventStatus status;

    @Option(names = "--channel", paramLabel = "C", converter = ChannelConverter.class,
            description = "party, parliament, defence, regional, foreign-ministry, head-of-state, government or other.")
    private Channel channel;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Events starting on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    private FuzzyDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Events starting on or before DATE; a month or year includes all of it.")
    private FuzzyDate to;

    /** The query the options describe; a bad country code or an empty period is a usage error. */
    EventQuery query(CommandSpec spec) {
        if (country != null && !country.strip().matches("[A-Za-z]{3}")) {
            throw new ParameterException(spec.commandLine(),
                    "--country expects an ISO 3166 alpha-3 code such as CHN, got '" + country + "'");
        }
        LocalDate start = from == null ? null : from.value();
        LocalDate end = to == null ? null : lastDay(to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new EventQuery(actor, country, type, status, start, end, channel);
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

    static final class ChannelConverter implements ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            try {
                return Channel.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a channel (party, parliament, defence,"
                        + " regional, foreign-ministry, head-of-state, government, other)");
            }
        }
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
