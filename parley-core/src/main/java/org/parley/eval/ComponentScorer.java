package org.parley.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.names.NameTokens;

/**
 * Figures per part of extraction, so that a change in the headline F1 can be traced to the part that
 * caused it. Every rule is per article and uses score.py's own matching ({@link MatchRules}):
 * <ul>
 *   <li>trigger recall: a gold event counts as found when the article's predictions hold an event of
 *       its type at all (any participants, date or status); trigger precision: a predicted event counts
 *       when the article's gold holds an event of its type;</li>
 *   <li>participants: a gold event's participant counts as found when a predicted event of the same
 *       type in the article names that person (score.py's name rule), whoever else it names;</li>
 *   <li>status, date and place: over the loose matches (right type and participants), the share with
 *       gold's status, with a date right to gold's precision (of those whose gold has a date), and with
 *       the right place.</li>
 * </ul>
 * Sides are the scorer's own figure ({@link ScoreReport#personsSide()}), once with the knowledge base
 * and once without; see {@link ComponentReport}.
 */
public final class ComponentScorer {

    private ComponentScorer() {
    }

    /** Sums {@link #scoreArticle} over the gold folder; predictions are read as {@link Scorer} reads them. */
    public static ComponentCounts score(Path goldDir, Path predDir) throws IOException {
        ComponentCounts total = ComponentCounts.ZERO;
        for (String file : Scorer.goldFiles(goldDir)) {
            GoldFile gold = GoldFile.read(goldDir.resolve(file));
            // the scorer has warned about an unreadable prediction already
            GoldFile pred = Scorer.readPrediction(predDir.resolve(file), file, new ArrayList<>(), w -> { });
            total = total.plus(scoreArticle(gold, pred));
        }
        return total;
    }

    /** One article's counts. */
    public static ComponentCounts scoreArticle(GoldFile gold, GoldFile pred) {
        List<EvalEvent> gev = gold.events();
        List<EvalEvent> pev = pred.events();
        Set<String> goldTypes = types(gev);
        Set<String> predTypes = types(pev);
        int goldTyped = (int) gev.stream().filter(e -> predTypes.contains(typeOf(e))).count();
        int predTyped = (int) pev.stream().filter(e -> goldTypes.contains(typeOf(e))).count();

        int goldParticipants = 0;
        int participantsFound = 0;
        for (EvalEvent g : gev) {
            for (EvalPerson person : g.participants()) {
                goldParticipants++;
                if (namedInEventOfType(person, typeOf(g), pev)) {
                    participantsFound++;
                }
            }
        }

        List<MatchRules.Pair> loose = MatchRules.match(gev, pev, MatchRules::loose);
        int statusRight = 0;
        int dated = 0;
        int dateRight = 0;
        int placeRight = 0;
        for (MatchRules.Pair pair : loose) {
            EvalEvent g = gev.get(pair.gold());
            EvalEvent p = pev.get(pair.predicted());
            if (MatchRules.statusOrDefault(g).equals(MatchRules.statusOrDefault(p))) {
                statusRight++;
            }
            if (g.date() != null && !g.date().isEmpty()) {
                dated++;
                if (MatchRules.dateOk(g, p)) {
                    dateRight++;
                }
            }
            if (MatchRules.locationOk(g, p)) {
                placeRight++;
            }
        }
        return new ComponentCounts(gev.size(), goldTyped, pev.size(), predTyped, goldParticipants,
                participantsFound, loose.size(), statusRight, dated, dateRight, placeRight);
    }

    private static boolean namedInEventOfType(EvalPerson person, String type, List<EvalEvent> predicted) {
        for (EvalEvent p : predicted) {
            if (!typeOf(p).equals(type)) {
                continue;
            }
            for (EvalPerson named : p.participants()) {
                if (NameTokens.samePerson(person.name(), named.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> types(List<EvalEvent> events) {
        return events.stream().map(ComponentScorer::typeOf).collect(Collectors.toSet());
    }

    /** A missing type matches only a missing type, as in score.py (None == None, None != ""). */
    private static String typeOf(EvalEvent e) {
        return Objects.requireNonNullElse(e.type(), "\u0000absent");
    }
}
