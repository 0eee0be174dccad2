package org.parley.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who held which office when: the dated office-holder table ({@code office-holders.tsv} in this
 * package), and the names written in articles matched against it.
 */
public final class OfficeHolders {

    static final String RESOURCE = "office-holders.tsv";

    /** One holder's term and how well a written name fits its names. */
    private record Match(OfficeHolder holder, HolderName.Fit fit) {
    }

    private record Indexed(OfficeHolder holder, List<HolderName> names) {
    }

    private final List<OfficeHolder> holders;
    /** Every word of every name and alias, to the rows that carry it: a match shares one word exactly. */
    private final Map<String, List<Indexed>> byWord = new HashMap<>();
    /** The first and last significant word of every name, to the countries of the holders that bear it. */
    private final Map<String, Set<String>> byEdgeWord = new HashMap<>();

    private OfficeHolders(List<OfficeHolder> holders) {
        this.holders = List.copyOf(holders);
        for (OfficeHolder holder : this.holders) {
            List<HolderName> names = holder.names().stream().map(HolderName::of).toList();
            Indexed indexed = new Indexed(holder, names);
            names.stream().flatMap(n -> n.words().stream()).distinct()
                    .forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(indexed));
            for (HolderName n : names) {
                if (!n.significant().isEmpty()) {
                    List<String> sig = n.significant();
                    for (String edge : new HashSet<>(List.of(sig.get(0), sig.get(sig.size() - 1)))) {
                        byEdgeWord.computeIfAbsent(edge, w -> new HashSet<>()).add(holder.country());
                    }
                }
            }
        }
    }

    /** The table shipped with Parley, read once. */
    public static OfficeHolders load() {
        return Bundled.TABLE;
    }

    /** A table in the same TSV format, called "office-holder table" in error messages. */
    public static OfficeHolders of(Reader reader) throws IOException {
        return of(reader, "office-holder table");
    }

    /** A table in the same TSV format; {@code source} names it in error messages. */
    public static OfficeHolders of(Reader reader, String source) throws IOException {
        return new OfficeHolders(OfficeHolderTable.read(reader, source));
    }

    public static OfficeHolders read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(reader, file.toString());
        }
    }

    /** Every row, in file order. */
    public List<OfficeHolder> all() {
        return holders;
    }

    /**
     * The terms of the holders whose name matches {@code nameAsWritten}, best first: with a date,
     * terms that contain it come first, then the closer names, then the nearer terms; without a
     * date, the closer names, then the latest terms. A surname alone matches nothing.
     */
    public List<OfficeHolder> lookup(String nameAsWritten, Optional<LocalDate> onDate) {
        return ranked(matches(nameAsWritten), onDate).stream().map(Match::holder).toList();
    }

    /**
     * The country of the person the name denotes, when every holder that matches it best (and, with
     * a date, is in office on it, if any is) belongs to one country; empty when none or several do.
     */
    public Optional<String> countryOf(String nameAsWritten, Optional<LocalDate> onDate) {
        List<Match> matches = matches(nameAsWritten);
        HolderName.Fit best = matches.stream().map(Match::fit).max(Comparator.naturalOrder()).orElse(HolderName.Fit.NONE);
        List<Match> closest = matches.stream().filter(m -> m.fit() == best).toList();
        List<Match> current = onDate.map(d -> closest.stream().filter(m -> m.holder().term().contains(d)).toList())
                .orElse(List.of());
        Set<String> countries = (current.isEmpty() ? closest : current).stream()
                .map(m -> m.holder().country()).collect(Collectors.toSet());
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    /** An empty table: extraction with the knowledge base switched off ({@code --no-kb}). */
    public static OfficeHolders none() {
        return new OfficeHolders(List.of());
    }

    /** Whether the name is a holder's name or alias word for word, up to spelling ("Sergei Lavrov"). */
    public boolean knowsName(String nameAsWritten) {
        return matches(nameAsWritten).stream().anyMatch(m -> m.fit().compareTo(HolderName.Fit.SAME_WORDS) >= 0);
    }

    /**
     * The country of the holders one of whose names starts or ends with this word ("Lavrov", "Xi" as
     * written "Xi Jinping"), when they all share one country; empty when none or several do.
     */
    public Optional<String> countryOfNameWord(String word) {
        List<String> folded = NameKey.tokens(word);
        if (folded.size() != 1) {
            return Optional.empty();
        }
        Set<String> countries = byEdgeWord.getOrDefault(folded.get(0), Set.of());
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    /** Who held {@code office} in {@code country} on {@code date} (several for a chamber each, or a handover day). */
    public List<OfficeHolder> holding(String country, Office office, LocalDate date) {
        return holders.stream()
                .filter(h -> h.country().equals(country) && h.office() == office && h.term().contains(date))
                .toList();
    }

    private List<Match> matches(String nameAsWritten) {
        HolderName written = HolderName.of(nameAsWritten);
        Map<OfficeHolder, Match> out = new LinkedHashMap<>();
        for (String word : written.words()) {
            for (Indexed row : byWord.getOrDefault(word, List.of())) {
                HolderName.Fit fit = row.names().stream().map(written::fit)
                        .max(Comparator.naturalOrder()).orElse(HolderName.Fit.NONE);
                if (fit != HolderName.Fit.NONE) {
                    out.putIfAbsent(row.holder(), new Match(row.holder(), fit));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Match> ranked(List<Match> matches, Optional<LocalDate> onDate) {
        Comparator<Match> closerName = Comparator.comparing(Match::fit).reversed();
        Comparator<Match> order = onDate.map(date -> Comparator
                        .comparing((Match m) -> !m.holder().term().contains(date))
                        .thenComparing(closerName)
                        .thenComparingLong(m -> m.holder().term().distanceInDays(date)))
                .orElse(closerName.thenComparing(m -> m.holder().term().start(), Comparator.reverseOrder()));
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort(order);
        return sorted;
    }

    /** The bundled table, read on first use. */
    private static final class Bundled {
        static final OfficeHolders TABLE = read();

        private static OfficeHolders read() {
            InputStream in = OfficeHolders.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource org/parley/lexicon/" + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return of(reader, "org/parley/lexicon/" + RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }
}
