package org.parley.extract;

import java.util.Map;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * CAMEO event codes for Parley's types, so the output joins GDELT/ICEWS-style data, with the
 * Goldstein scale value of each code.
 */
public final class Cameo {

    private static final Map<String, Double> GOLDSTEIN = Map.of(
            "030", 4.0, "036", 4.0, "040", 1.0, "041", 1.0, "042", 1.9, "043", 2.8, "044", 2.5,
            "051", 3.4, "057", 8.0);

    private Cameo() {
    }

    /**
     * @param thirdPlace the event took place in a country that is none of the participants' sides
     */
    public static String code(EventType type, EventStatus status, boolean thirdPlace) {
        if (status == EventStatus.PLANNED) {
            return type == EventType.AGREEMENT ? "030" : "036";
        }
        return switch (type) {
            case MEETING, SESSION -> thirdPlace ? "044" : "040";
            case CALL -> "041";
            case VISIT -> "042";
            case AGREEMENT -> "057";
            case MESSAGE -> "051";
        };
    }

    /** Goldstein cooperation-conflict score of a code, 0 if unknown. */
    public static double goldstein(String code) {
        return GOLDSTEIN.getOrDefault(code, 0.0);
    }
}
