package org.parley.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.names.NameTokens;

/**
 * Scores a folder of predictions against a gold folder, counting exactly as
 * {@code ../shared/eval/score.py} does (see GOLD.md). The agreement test runs both on the
 * same folders and compares their output line by line; change both together or neither.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores, warning about unreadable predictions on stderr as score.py does. */
    public static ScoreReport score(Path goldDir, Path predDir) throws IOException {
        return score(goldDir, predDir, System.err::println);
    }

    /**
     * Scores every {@code *.json} of {@code goldDir} (sorted by name) against the file of the
     * same name in {@code predDir}. A missing prediction is an article with no events; an
     * unreadable one too, after a {@code "FN: unreadable prediction: ..."} warning.
     *
     * @throws IOException when the gold folder or a gold file cannot be read
     */
    public static ScoreReport score(Path goldDir, Path predDir, Consumer<String> warnings) throws IOException {
        List<ArticleScore> articles = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String file : goldFiles(goldDir)) {
            GoldFile gold = GoldFile.read(goldDir.resolve(file));
            GoldFile pred = readPrediction(predDir.resolve(file), file, unreadable, warnings);
            articles.add(scoreArticle(file, gold, pred));
        }
        return new ScoreReport(articles, unreadable);
    }

    /** One article: strict and loose matching, locations, days, persons. */
    static ArticleScore scoreArticle(String file, GoldFile gold, GoldFile pred) {
        List<EvalEvent> gev = gold.events();
        List<EvalEvent> pev = pred.events();
        List<MatchRules.Pair> strictPairs = MatchRules.match(gev, pev, MatchRules::strict);
        List<MatchRules.Pair> loosePairs = MatchRules.match(gev, pev, MatchRules::loose);

        int locationRight = 0;
        int goldDays = 0;
        int daysRight = 0;
        for (MatchRules.Pair pair : loosePairs) {
            EvalEvent g = gev.get(pair.gold());
            EvalEvent p = pev.get(pair.predicted());
            if (MatchRules.locationOk(g, p)) {
                locationRight++;
            }
            // score.py: len(gold date) == 10 in code points, and the prediction's first 10 equal it
            String goldDate = g.date() == null ? "" : g.date();
            if (goldDate.codePointCount(0, goldDate.length()) == 10) {
                goldDays++;
                if (p.date() != null && p.date().startsWith(goldDate)) {
                    daysRight++;
                }
            }
        }

        int personsFound = 0;
        int personsSide = 0;
        for (EvalPerson gp : gold.persons()) {
            EvalPerson hit = firstSamePerson(gp, pred.persons());
            if (hit != null) {
                personsFound++;
                if (upper(hit.country()).equals(upper(gp.country()))) {
                    personsSide++;
                }
            }
        }

        Counts counts = new Counts(1, gev.size(), pev.size(), strictPairs.size(), loosePairs.size(),
                locationRight, gold.persons().size(), personsFound, personsSide, goldDays, daysRight);
        return new ArticleScore(file, counts, unmatched(gev, strictPairs, true), unmatched(pev, strictPairs, false));
    }

    static List<String> goldFiles(Path goldDir) throws IOException {
        try (Stream<Path> files = Files.list(goldDir)) {
            // Python sorts names by code point; String.compareTo differs only beyond the BMP
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted(Scorer::compareCodePoints)
                    .toList();
        }
    }

    static GoldFile readPrediction(Path file, String name, List<String> unreadable,
                                           Consumer<String> warnings) {
        if (!Files.exists(file)) {
            return new GoldFile(null, List.of(), List.of());
        }
        try {
            return GoldFile.read(file);
        } catch (IOException | RuntimeException e) {
            String warning = name + ": unreadable prediction: " + e.getMessage();
            unreadable.add(warning);
            warnings.accept(warning);
            return new GoldFile(null, List.of(), List.of());
        }
    }

    private static EvalPerson firstSamePerson(EvalPerson wanted, List<EvalPerson> candidates) {
        for (EvalPerson c : candidates) {
            if (NameTokens.samePerson(wanted.name(), c.name())) {
                return c;
            }
        }
        return null;
    }

    private static List<EvalEvent> unmatched(List<EvalEvent> events, List<MatchRules.Pair> pairs, boolean gold) {
        Set<Integer> matched = new HashSet<>();
        pairs.forEach(p -> matched.add(gold ? p.gold() : p.predicted()));
        List<EvalEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!matched.contains(i)) {
                out.add(events.get(i));
            }
        }
        return out;
    }

    private static String upper(String s) {
        return Objects.requireNonNullElse(s, "").toUpperCase(Locale.ROOT);
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
