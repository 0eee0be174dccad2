package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parley.store.StoredEvent;

/** How {@code parley events} prints the timeline. */
enum TimelineFormat {
    TABLE {
        @Override
        void write(List<StoredEvent> events, PrintWriter out) {
            TimelineTable.write(events, out);
        }
    },
    JSON {
        @Override
        void write(List<StoredEvent> events, PrintWriter out) {
            TimelineJson.write(events, out);
        }
    },
    CSV {
        @Override
        void write(List<StoredEvent> events, PrintWriter out) {
            TimelineCsv.write(events, out);
        }
    };

    abstract void write(List<StoredEvent> events, PrintWriter out);
}
