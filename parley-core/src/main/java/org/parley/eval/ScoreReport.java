package org.parley.eval;

import static org.parley.eval.PyFormat.fixed;
import static org.parley.eval.PyFormat.percent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of scoring; {@link #render(boolean)} prints what score.py prints.
 *
 * @param articles   one entry per gold file, in score.py's (sorted) order
 * @param unreadable prediction files that could not be read, with the reason, as warned on stderr
 */
public record ScoreReport(List<ArticleScore> articles, List<String> unreadable) {

    /** The keys of {@link #metrics()}, in order. */
    public static final List<String> METRIC_KEYS = List.of("strict.p", "strict.r", "strict.f1",
            "loose.p", "loose.r", "loose.f1", "location", "persons.found", "persons.side", "exact.day");

    public ScoreReport {
        articles = List.copyOf(articles);
        unreadable = List.copyOf(unreadable);
    }

    /** The counts summed over all articles. */
    public Counts totals() {
        return articles.stream().map(ArticleScore::counts).reduce(Counts.ZERO, Counts::plus);
    }

    public Prf strict() {
        Counts t = totals();
        return Prf.of(t.strict(), t.predicted(), t.gold());
    }

    public Prf loose() {
        Counts t = totals();
        return Prf.of(t.loose(), t.predicted(), t.gold());
    }

    public double strictF1() {
        return strict().f1();
    }

    public double looseF1() {
        return loose().f1();
    }

    /** Share of loose matches with the right location; 0 without loose matches. */
    public double locationAccuracy() {
        Counts t = totals();
        return t.loose() != 0 ? (double) t.locationRight() / t.loose() : 0.0;
    }

    /** Share of gold persons found among predicted persons; 0 without gold persons. */
    public double personsFound() {
        Counts t = totals();
        return t.personsGold() != 0 ? (double) t.personsFound() / t.personsGold() : 0.0;
    }

    /** Share of found persons with the right side (score.py divides by at least 1). */
    public double personsSide() {
        Counts t = totals();
        return (double) t.personsSide() / Math.max(1, t.personsFound());
    }

    /** Share of loose matches on a gold day that predicted that exact day; 0 without any. */
    public double exactDay() {
        Counts t = totals();
        return t.goldDays() != 0 ? (double) t.daysRight() / t.goldDays() : 0.0;
    }

    /** The headline figures by name, in a stable order; the keys reproduction configs use. */
    public Map<String, Double> metrics() {
        Prf s = strict();
        Prf l = loose();
        List<Double> values = List.of(s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1(),
                locationAccuracy(), personsFound(), personsSide(), exactDay());
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < METRIC_KEYS.size(); i++) {
            m.put(METRIC_KEYS.get(i), values.get(i));
        }
        return m;
    }

    /** score.py's output: per-article misses when verbose, then the totals, last line "strict F1 X". */
    public String render(boolean verbose) {
        return lines(verbose).stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    /** {@link #render(boolean)} as lines without line ends. */
    public List<String> lines(boolean verbose) {
        List<String> out = new ArrayList<>();
        if (verbose) {
            articles.stream().filter(ArticleScore::hasErrors).forEach(a -> addErrors(out, a));
        }
        Counts t = totals();
        Prf s = strict();
        Prf l = loose();
        out.add("articles " + t.articles() + "  gold events " + t.gold() + "  predicted " + t.predicted());
        out.add("loose   P " + fixed(l.precision(), 3) + "  R " + fixed(l.recall(), 3) + "  F1 " + fixed(l.f1(), 3));
        out.add("strict  P " + fixed(s.precision(), 3) + "  R " + fixed(s.recall(), 3) + "  F1 " + fixed(s.f1(), 3)
                + "   (location right on " + percent(locationAccuracy()) + " of loose matches)");
        if (t.personsGold() != 0) {
            out.add("persons found " + fixed(personsFound(), 3) + " of " + t.personsGold()
                    + ", side right on " + fixed(personsSide(), 3) + " of those");
        }
        if (t.goldDays() != 0) {
            out.add("exact day right on " + fixed(exactDay(), 3) + " of " + t.goldDays()
                    + " loose matches whose gold date is a day");
        }
        out.add("strict F1 " + fixed(s.f1(), 3));
        return out;
    }

    private static void addErrors(List<String> out, ArticleScore a) {
        out.add("== " + a.file());
        // print(" MISSED", ...) and print("  EXTRA ", ...): print's separator adds one space
        a.missed().forEach(e -> out.add("  MISSED " + describe(e)));
        a.extra().forEach(e -> out.add("  EXTRA  " + describe(e)));
    }

    private static String describe(EvalEvent e) {
        List<String> names = e.participants().stream().map(EvalPerson::name).collect(Collectors.toList());
        String mechanism = e.mechanism() == null ? "" : e.mechanism();
        return PyFormat.str(e.type()) + " " + PyFormat.str(e.status()) + " " + PyFormat.str(e.date()) + " "
                + PyFormat.reprList(names) + " " + mechanism;
    }
}
