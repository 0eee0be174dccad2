package org.parley.eval;

/**
 * What each part of extraction got right, summed over articles; see {@link ComponentScorer} for the
 * rule behind each count.
 *
 * @param goldEvents           gold events
 * @param goldEventsTyped      of those, events whose type the article's predictions have at all
 * @param predicted            predicted events
 * @param predictedTyped       of those, events whose type the article's gold has at all
 * @param goldParticipants     participants of gold events
 * @param participantsFound    of those, persons named in a predicted event of their event's type
 * @param loose                loose matches (score.py's one-to-one pairs)
 * @param statusRight          loose matches with gold's status (absent counts as occurred)
 * @param looseDated           loose matches whose gold event has a date
 * @param dateRight            of those, predictions right to gold's precision (score.py's date rule)
 * @param placeRight           loose matches with the right place (score.py's location rule)
 */
public record ComponentCounts(int goldEvents, int goldEventsTyped, int predicted, int predictedTyped,
                              int goldParticipants, int participantsFound, int loose, int statusRight,
                              int looseDated, int dateRight, int placeRight) {

    public static final ComponentCounts ZERO = new ComponentCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ComponentCounts plus(ComponentCounts o) {
        return new ComponentCounts(goldEvents + o.goldEvents, goldEventsTyped + o.goldEventsTyped,
                predicted + o.predicted, predictedTyped + o.predictedTyped,
                goldParticipants + o.goldParticipants, participantsFound + o.participantsFound,
                loose + o.loose, statusRight + o.statusRight, looseDated + o.looseDated,
                dateRight + o.dateRight, placeRight + o.placeRight);
    }
}
