package org.parley.eval;

/**
 * The counts score.py sums over articles (its {@code tot} dict).
 *
 * @param articles      gold files scored
 * @param gold          gold events
 * @param predicted     predicted events
 * @param strict        strict matches
 * @param loose         loose matches
 * @param locationRight loose matches whose location is right
 * @param personsGold   gold persons
 * @param personsFound  gold persons found among the predicted persons
 * @param personsSide   found persons whose predicted country is gold's
 * @param goldDays      loose matches whose gold date is a full day
 * @param daysRight     of those, predictions with that exact day
 */
public record Counts(int articles, int gold, int predicted, int strict, int loose, int locationRight,
                     int personsGold, int personsFound, int personsSide, int goldDays, int daysRight) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(articles + o.articles, gold + o.gold, predicted + o.predicted,
                strict + o.strict, loose + o.loose, locationRight + o.locationRight,
                personsGold + o.personsGold, personsFound + o.personsFound, personsSide + o.personsSide,
                goldDays + o.goldDays, daysRight + o.daysRight);
    }
}
