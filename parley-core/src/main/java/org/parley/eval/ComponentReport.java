package org.parley.eval;

import static org.parley.eval.PyFormat.fixed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures per part of extraction ({@link ComponentScorer}), with the side figure of the scorer
 * measured twice: on predictions made with the office-holder knowledge base and on predictions made
 * from the text alone.
 *
 * @param counts     the component counts of the predictions made with the knowledge base
 * @param withKb     the scorer's report on those predictions
 * @param withoutKb  the scorer's report on the predictions made without the knowledge base
 */
public record ComponentReport(ComponentCounts counts, ScoreReport withKb, ScoreReport withoutKb) {

    /** The keys of {@link #metrics()}, in order; the scorer's own keys cover place and side with the knowledge base. */
    public static final List<String> METRIC_KEYS = List.of("trigger.recall", "trigger.precision",
            "participants.found", "persons.side.no-kb", "status.right", "date.right");

    public double triggerRecall() {
        return share(counts.goldEventsTyped(), counts.goldEvents());
    }

    public double triggerPrecision() {
        return share(counts.predictedTyped(), counts.predicted());
    }

    public double participantsFound() {
        return share(counts.participantsFound(), counts.goldParticipants());
    }

    public double statusRight() {
        return share(counts.statusRight(), counts.loose());
    }

    public double dateRight() {
        return share(counts.dateRight(), counts.looseDated());
    }

    public double placeRight() {
        return share(counts.placeRight(), counts.loose());
    }

    /** The component figures by name, in the order of {@link #METRIC_KEYS}. */
    public Map<String, Double> metrics() {
        List<Double> values = List.of(triggerRecall(), triggerPrecision(), participantsFound(),
                withoutKb.personsSide(), statusRight(), dateRight());
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < METRIC_KEYS.size(); i++) {
            m.put(METRIC_KEYS.get(i), values.get(i));
        }
        return m;
    }

    /** The lines {@code parley eval --components} prints before the scorer's. */
    public List<String> lines() {
        ComponentCounts c = counts;
        List<String> out = new ArrayList<>();
        out.add("components (how each is counted: README, \"Evaluation per component\")");
        out.add("trigger recall " + fixed(triggerRecall(), 3) + " of " + c.goldEvents() + " gold events, precision "
                + fixed(triggerPrecision(), 3) + " of " + c.predicted() + " predicted (an event of the type in the article)");
        out.add("participants found " + fixed(participantsFound(), 3) + " of " + c.goldParticipants()
                + " gold participants (in a predicted event of the same type)");
        out.add("side right " + fixed(withKb.personsSide(), 3) + " of " + withKb.totals().personsFound()
                + " persons found with the knowledge base, " + fixed(withoutKb.personsSide(), 3) + " of "
                + withoutKb.totals().personsFound() + " without (--no-kb)");
        out.add("status right " + fixed(statusRight(), 3) + " of " + c.loose() + " loose matches");
        out.add("date right " + fixed(dateRight(), 3) + " of " + c.looseDated()
                + " loose matches whose gold event has a date (to gold's precision)");
        out.add("place right " + fixed(placeRight(), 3) + " of " + c.loose() + " loose matches");
        return out;
    }

    /** 0 when there is nothing to count, as the scorer's shares are. */
    private static double share(int part, int whole) {
        return whole != 0 ? (double) part / whole : 0.0;
    }
}
