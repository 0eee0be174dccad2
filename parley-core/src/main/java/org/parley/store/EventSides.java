package org.parley.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sides of one reported exchange, stored whether or not a person is named for them (event_sides,
 * 102-sides-channels.sql): the sides of its named participants, and when those are fewer than two, the sides
 * its standing body's name and its sentence name ({@link SideNames}).
 */
final class EventSides {

    /** A country taking part; {@code named} when a participant acting for it is named. */
    record Side(String country, boolean named) {
    }

    private EventSides() {
    }

    /**
     * @param participantSides the participants' countries, in order (nulls skipped)
     * @param mechanism        the standing body's name as the article gives it, or null
     * @param evidence         the sentence stating the exchange
     */
    static List<Side> of(List<String> participantSides, String mechanism, String evidence) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (String country : participantSides) {
            if (country != null) {
                String code = country.toUpperCase(Locale.ROOT);
                sides.putIfAbsent(code, new Side(code, true));
            }
        }
        if (sides.size() < 2) {
            for (String country : SideNames.in(mechanism)) {
                sides.putIfAbsent(country, new Side(country, false));
            }
        }
        if (sides.size() < 2) {
            for (String country : SideNames.in(evidence)) {
                sides.putIfAbsent(country, new Side(country, false));
            }
        }
        return new ArrayList<>(sides.values());
    }
}
