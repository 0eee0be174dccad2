package org.parley.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.parley.model.EventDate;
import org.parley.model.Participant;

/** Plain-text renderings shared by the table and CSV timelines. */
final class EventText {

    private EventText() {
    }

    /** "2023-07-10", "2023-07", "2023-07-09..2023-07-13", or "" when unknown. */
    static String date(EventDate date) {
        if (date.start() == null) {
            return "";
        }
        return date.end() == null ? date.start().iso() : date.start().iso() + ".." + date.end().iso();
    }

    /** "Xi Jinping (CHN), Valentina Matviyenko (RUS)". */
    static String participants(List<Participant> participants) {
        return participants.stream()
                .map(p -> p.country() == null ? p.name() : p.name() + " (" + p.country() + ")")
                .collect(Collectors.joining(", "));
    }
}
