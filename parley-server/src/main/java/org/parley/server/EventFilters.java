package org.parley.server;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Channel;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;
import org.parley.store.read.CountryPair;
import org.parley.store.read.EventFilter;

/** The event filters shared by the timeline, the network and the monthly counts, read from query parameters. */
final class EventFilters {

    static final Set<String> NAMES = Set.of("actor", "country", "pair", "type", "status", "from", "to", "q", "channel");

    private EventFilters() {
    }

    /** The filter names plus {@code more}: what an endpoint with event filters accepts. */
    static Set<String> namesAnd(String... more) {
        Set<String> all = new HashSet<>(NAMES);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static EventFilter read(Params p) {
        LocalDate from = p.get("from", s -> date(s).value()).orElse(null);
        LocalDate to = p.get("to", s -> lastDay(date(s))).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("from", from + " is after to (" + to + ")");
        }
        return new EventFilter(
                p.get("actor", s -> s).orElse(null),
                p.get("country", EventFilters::country).orElse(null),
                p.get("pair", EventFilters::pair).orElse(null),
                p.get("type", s -> choice(s, EventType.values(), EventType::parse)).orElse(null),
                p.get("status", s -> choice(s, EventStatus.values(), EventStatus::parse)).orElse(null),
                from, to,
                p.get("q", EventFilters::words).orElse(null),
                p.get("channel", s -> choice(s, Channel.values(), Channel::parse)).orElse(null));
    }

    static String country(String s) {
        if (!s.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("expected an ISO 3166 alpha-3 code such as CHN, got '" + s + "'");
        }
        return s.toUpperCase(Locale.ROOT);
    }

    static CountryPair pair(String s) {
        String[] sides = s.split("[-,]");
        if (sides.length != 2) {
            throw new IllegalArgumentException("expected two country codes such as CHN-RUS, got '" + s + "'");
        }
        return new CountryPair(country(sides[0].strip()), country(sides[1].strip()));
    }

    /** Text to search for: it must hold at least one letter or digit. */
    static String words(String s) {
        if (!s.matches("(?s).*[\\p{L}\\p{N}].*")) {
            throw new IllegalArgumentException("needs at least one word, got '" + s + "'");
        }
        return s;
    }

    private static FuzzyDate date(String s) {
        try {
            return FuzzyDate.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
        }
    }

    /** The last day of the period, so that to=2023-07 includes July 31. */
    private static LocalDate lastDay(FuzzyDate d) {
        LocalDate first = d.value();
        return switch (d.precision()) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    private static <E extends Enum<E>> E choice(String s, E[] values, java.util.function.Function<String, E> parse) {
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("expected one of " + names + ", got '" + s + "'");
        }
    }
}
