package org.parley.spark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.extract.Gazetteer;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.model.Participant;
import scala.Tuple2;

/**
 * Where the shuffle sends each reported event: to the groups of reports that could be the same
 * occasion, keyed by type, the pair of sides and the month ("meeting/FIN-NOR/2024-03").
 *
 * <p>The resolver joins only same-type reports that share people and whose dates agree, so two reports
 * of one occasion have the same type and sides and fall in the same or in adjacent months (a meeting on
 * 31 March reported as 1 April; an undated report placed up to 60 days after its occasion by its
 * article's date). Each report is therefore sent to two groups: its own month (its home, where it is
 * always kept) and the next one (a copy); an undated report to its article's month and the one before.
 * Every occasion whose reports span at most two adjacent months is then resolved whole in one group;
 * {@link OccasionCopies} keeps one copy of each.
 *
 * <p>Sides: for a visit, the visitor's side and the host country (the place's, or the host's side);
 * otherwise the first two distinct sides named, sorted. A report naming one side only (a visit whose host
 * is not known: "FIN>") is keyed by that side alone; {@link OccasionGroups} joins its key with those of
 * the reports it may join, as it does the months that a year, a range or an undated report spans
 * ({@link #links}).
 */
final class OccasionKeys {

    static final String UNDATED = "undated";
    /** How long after an occasion an article may report it without its date: the resolver's rule (OccasionRules). */
    static final int REPORT_LAG_DAYS = 60;

    private OccasionKeys() {
    }

    /** One (key, member) pair per group the article's events go to: the article with those events. */
    static Iterator<Tuple2<String, String>> split(String encoded) {
        return split(encoded, OccasionGroups.none());
    }

    /** As {@link #split(String)}, each key replaced by its group in {@code groups}. */
    static Iterator<Tuple2<String, String>> split(String encoded, OccasionGroups groups) {
        Extraction x = ExtractionCodec.decode(encoded);
        Map<String, Set<Integer>> byKey = new TreeMap<>();
        Map<String, Set<Integer>> homes = new TreeMap<>();
        for (int i = 0; i < x.events().size(); i++) {
            List<String> keys = keys(x, x.events().get(i));
            for (String key : keys) {
                byKey.computeIfAbsent(groups.group(key), k -> new TreeSet<>()).add(i); // two keys may be one group
            }
            homes.computeIfAbsent(groups.group(keys.get(0)), k -> new TreeSet<>()).add(i);
        }
        List<Tuple2<String, String>> out = new ArrayList<>();
        byKey.forEach((key, positions) -> {
            Set<Integer> home = homes.getOrDefault(key, Set.of());
            StringBuilder value = new StringBuilder();
            for (int p : positions) {
                value.append(value.length() == 0 ? "" : ",").append(p).append(home.contains(p) ? "h" : "c");
            }
            out.add(new Tuple2<>(key, value + "\t" + ExtractionCodec.encode(ExtractionCodec.withEvents(x, List.copyOf(positions)))));
        });
        return out.iterator();
    }

    /** What {@link OccasionGroups#plan} needs of an article: its events' keys, and links where they span months. */
    static Iterator<String> planInput(String encoded) {
        Extraction x = ExtractionCodec.decode(encoded);
        List<String> out = new ArrayList<>();
        for (Event e : x.events()) {
            out.addAll(keys(x, e));
            List<List<String>> linked = new ArrayList<>(otherPairs(x, e));
            linked.add(links(x, e));
            for (List<String> links : linked) {
                if (links.size() > 1) {
                    out.add(OccasionGroups.LINK + String.join("\t", links));
                }
            }
        }
        return out.iterator();
    }

    /**
     * The keys of the months a report may join occasions in beyond its own and the next, its home key
     * first: a year alone (any month of the year: the resolver finds "in 2024" compatible with any day
     * of it), a range (each month it covers), an undated report (each month back to {@value #REPORT_LAG_DAYS}
     * days before its article). Empty for a report dated within a month.
     */
    static List<String> links(Extraction x, Event e) {
        String prefix = e.type().label() + "/" + sides(e) + "/";
        YearMonth from;
        YearMonth to;
        if (e.date().start() != null) {
            from = YearMonth.from(e.date().start().value());
            if (e.date().start().precision() == DatePrecision.YEAR) {
                to = from.withMonth(12);
            } else if (e.date().end() != null && e.date().end().value().isAfter(e.date().start().value())) {
                to = YearMonth.from(e.date().end().value());
            } else {
                return List.of();
            }
        } else {
            LocalDate published = x.published() != null ? x.published() : x.article().published();
            if (published == null) {
                return List.of();
            }
            to = YearMonth.from(published);
            from = YearMonth.from(published.minusDays(REPORT_LAG_DAYS));
        }
        List<String> out = new ArrayList<>();
        out.add(keys(x, e).get(0));
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!out.contains(prefix + m)) {
                out.add(prefix + m);
            }
        }
        return out;
    }

    /**
     * For a report naming three sides or more (keyed by the first two), each of its keys with the keys of
     * the other pairs of its sides in the same month: a report of two of them shares people with it.
     */
    static List<List<String>> otherPairs(Extraction x, Event e) {
        List<String> sides = distinctSides(e);
        if (e.type() == EventType.VISIT || sides.size() < 3) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (String key : keys(x, e)) {
            List<String> set = new ArrayList<>(List.of(key));
            for (int i = 0; i < sides.size(); i++) {
                for (int j = i + 1; j < sides.size(); j++) {
                    List<String> pair = new ArrayList<>(List.of(sides.get(i), sides.get(j)));
                    pair.sort(null);
                    String k = type(key) + "/" + String.join("-", pair) + "/" + month(key);
                    if (!set.contains(k)) {
                        set.add(k);
                    }
                }
            }
            out.add(set);
        }
        return out;
    }

    /** The event's home group first, then the group that gets its copy (none for an undated article). */
    static List<String> keys(Extraction x, Event e) {
        String prefix = e.type().label() + "/" + sides(e) + "/";
        if (e.date().start() != null) {
            YearMonth month = YearMonth.from(e.date().start().value());
            return List.of(prefix + month, prefix + month.plusMonths(1));
        }
        LocalDate published = x.published() != null ? x.published() : x.article().published();
        if (published == null) {
            return List.of(prefix + UNDATED);
        }
        YearMonth month = YearMonth.from(published);
        return List.of(prefix + month, prefix + month.minusMonths(1));
    }

    /** The type and sides of a key: the part all copies of one report share. */
    static String lineage(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    static String month(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    static String type(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    static String sidesOf(String key) {
        return key.substring(key.indexOf('/') + 1, key.lastIndexOf('/'));
    }

    private static List<String> distinctSides(Event e) {
        List<String> sides = new ArrayList<>();
        for (Participant p : e.participants()) {
            if (p.country() != null && !sides.contains(p.country())) {
                sides.add(p.country());
            }
        }
        return sides;
    }

    static String sides(Event e) {
        List<String> sides = distinctSides(e);
        if (e.type() == EventType.VISIT && !sides.isEmpty()) {
            String visitor = e.participants().get(0).country();
            String host = e.location() == null ? null : Gazetteer.get().countryOfPlace(e.location());
            if (host == null) {
                host = sides.stream().filter(s -> !s.equals(visitor)).findFirst().orElse(null);
            }
            return (visitor == null ? "" : visitor) + ">" + (host == null ? "" : host);
        }
        List<String> pair = new ArrayList<>(sides.subList(0, Math.min(2, sides.size())));
        pair.sort(null);
        return String.join("-", pair);
    }

    static OccasionMerge.Member member(String value) {
        int tab = value.indexOf('\t');
        List<Integer> positions = new ArrayList<>();
        Set<Integer> home = new HashSet<>();
        for (String p : Arrays.asList(value.substring(0, tab).split(","))) {
            int position = Integer.parseInt(p.substring(0, p.length() - 1));
            positions.add(position);
            if (p.endsWith("h")) {
                home.add(position);
            }
        }
        return new OccasionMerge.Member(ExtractionCodec.decode(value.substring(tab + 1)), positions, home);
    }
}
