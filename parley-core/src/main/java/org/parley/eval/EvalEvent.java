package org.parley.eval;

import java.util.List;

/**
 * An event as written in a gold or prediction file, reduced to the fields score.py reads.
 * Fields are the JSON strings as written, or null when absent or JSON null; an empty string
 * stays empty because score.py prints {@code ""} and {@code None} differently in verbose mode.
 */
public record EvalEvent(String type, String status, String date, String location,
                        List<EvalPerson> participants, String mechanism) {

    public EvalEvent {
        participants = List.copyOf(participants);
    }
}
