package org.parley.nlp.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;

/**
 * Finds date expressions in a text and resolves them against a {@link DateContext}. Pure regex rules,
 * thread-safe, no model to load.
 *
 * <p>Every rule runs over the whole text; where matches overlap the longest wins, so "Monday, June 6,
 * 2022" beats "Monday" and "in March of this year" beats "this year".
 */
public final class TemporalTagger {

    private static final List<Rule> RULES = allRules();

    /** A preposition just before a date joins the mention ("on Monday", "by 2024"): it is how the
     *  text said it, and the explanation quotes it. */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:on|in|by|since|until|till|during|at|as\\s+of)\\s+$");

    /** The rules in the order they run, for tests of their search. */
    static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> allRules() {
        List<Rule> all = new ArrayList<>();
        all.addAll(RangeRules.RULES);
        all.addAll(ExplicitRules.RULES);
        all.addAll(RelativeRules.RULES);
        all.addAll(LooseRules.RULES);
        return List.copyOf(all);
    }

    /** All date expressions in {@code text} (offsets into {@code text}), resolved against {@code ctx}. */
    public List<TimeMention> tag(String text, DateContext ctx, Direction direction) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(direction, "direction");
        List<TimeMention> found = new ArrayList<>();
        Anchors anchors = Anchors.of(text);
        for (Rule r : RULES) {
            r.findAll(text, anchors, ctx, direction, found);
        }
        return withPrepositions(text, longestFirst(found));
    }

    /** The date expressions of a text read both ways, each list as {@link #tag} gives it. */
    public record BothWays(List<TimeMention> past, List<TimeMention> future) {
        public BothWays {
            past = List.copyOf(past);
            future = List.copyOf(future);
        }
    }

    /**
     * {@code tag(text, ctx, PAST)} and {@code tag(text, ctx, FUTURE)} at about the cost of one: the
     * patterns are matched once, only the reading of each match is done twice.
     */
    public BothWays tagBothWays(String text, DateContext ctx) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ctx, "ctx");
        List<TimeMention> past = new ArrayList<>();
        List<TimeMention> future = new ArrayList<>();
        Anchors anchors = Anchors.of(text);
        for (Rule r : RULES) {
            r.findAllBothWays(text, anchors, ctx, past, future);
        }
        return new BothWays(withPrepositions(text, longestFirst(past)), withPrepositions(text, longestFirst(future)));
    }

    /**
     * Keeps the longest of overlapping mentions; among equally long ones the one with a known date, then
     * the earlier rule (ranges before single dates before relative before loose words). Sorted by offset.
     */
    private static List<TimeMention> longestFirst(List<TimeMention> found) {
        List<TimeMention> order = new ArrayList<>(found);
        Comparator<TimeMention> byLength = Comparator.comparingInt(TimeMention::length).reversed();
        Comparator<TimeMention> byKnown = Comparator.comparing(t -> !t.date().known());
        order.sort(byLength.thenComparing(byKnown).thenComparingInt(found::indexOf));
        List<TimeMention> kept = new ArrayList<>();
        for (TimeMention t : order) {
            if (kept.stream().noneMatch(t::overlaps)) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(TimeMention::begin));
        return kept;
    }

    private static List<TimeMention> withPrepositions(String text, List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (TimeMention t : mentions) {
            TimeMention m = t;
            if (t.kind() == TimeMention.Kind.DATE || t.kind() == TimeMention.Kind.RANGE) {
                int from = Math.max(previousEnd, t.begin() - 10);
                Matcher p = LEADING_PREPOSITION.matcher(text.substring(from, t.begin()));
                if (p.find() && !startsWithPreposition(t.text())) {
                    m = TimeMention.of(text, from + p.start(), t.end(), t.kind(), t.date(), t.durationDays());
                }
            }
            out.add(m);
            previousEnd = m.end();
        }
        return List.copyOf(out);
    }

    private static boolean startsWithPreposition(String s) {
        return s.matches("(?is)(?:on|in|by|since|until|till|during|at|from|between|as\\s+of)\\s.*");
    }

    /**
     * A start day and a length ("arrived on Wednesday for a three-day state visit") as a range: the
     * first day is day one. The start is returned unchanged when it is not a known day or the length is
     * under two days.
     */
    public static EventDate withDuration(EventDate start, int durationDays) {
        if (start == null || !start.known() || start.start().precision() != DatePrecision.DAY || durationDays < 2) {
            return start;
        }
        LocalDate first = start.start().value();
        LocalDate last = first.plus(durationDays - 1L, ChronoUnit.DAYS);
        return new EventDate(start.start(), FuzzyDate.day(last), start.source(), start.text());
    }
}
