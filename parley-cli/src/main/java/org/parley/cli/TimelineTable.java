package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.StoredEvent;

/** The timeline as aligned columns for a terminal; long cells are cut with "…". */
final class TimelineTable {

    private static final String[] HEADER = {"ID", "DATE", "TYPE", "STATUS", "PARTICIPANTS", "PLACE", "SOURCE"};
    private static final int[] MAX_WIDTH = {8, 23, 9, 8, 60, 20, 30};

    private TimelineTable() {
    }

    static void write(List<StoredEvent> events, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (StoredEvent e : events) {
            String date = EventText.date(e.date());
            rows.add(new String[] {
                    Long.toString(e.id()),
                    date.isEmpty() ? "-" : date,
                    e.type().label(),
                    e.status().label(),
                    e.participants().isEmpty() ? String.join(" – ", e.sides()) : EventText.participants(e.participants()),
                    e.location() == null ? "-" : e.location(),
                    e.sources().isEmpty() ? "-" : e.sources().get(0).sourceId()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH[i], row[i].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = cut(row[i], widths[i]);
                line.append(cell);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            out.println(line);
        }
        out.println(events.size() == 1 ? "1 event" : events.size() + " events");
    }

    private static String cut(String cell, int width) {
        return cell.length() <= width ? cell : cell.substring(0, width - 1) + "…";
    }
}
