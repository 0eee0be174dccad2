package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parley.model.Participant;
import org.parley.store.EventSource;
import org.parley.store.StoredEvent;

/** The timeline as RFC 4180 CSV: one row per event and source, fields quoted where needed. */
final class TimelineCsv {

    private static final List<String> HEADER = List.of("id", "date", "date_end", "date_precision", "date_how",
            "type", "status", "participants", "countries", "place", "mechanism", "cameo", "confidence",
            "article", "source_id", "url", "evidence", "evidence_begin", "evidence_end", "sides", "channel");

    private TimelineCsv() {
    }

    static void write(List<StoredEvent> events, PrintWriter out) {
        row(out, HEADER);
        for (StoredEvent e : events) {
            for (EventSource s : e.sources()) {
                row(out, List.of(
                        Long.toString(e.id()),
                        e.date().start() == null ? "" : e.date().start().iso(),
                        e.date().end() == null ? "" : e.date().end().iso(),
                        e.date().start() == null ? "" : e.date().start().precision().name().toLowerCase(Locale.ROOT),
                        e.date().source().name().toLowerCase(Locale.ROOT),
                        e.type().label(),
                        e.status().label(),
                        String.join("; ", e.participants().stream().map(Participant::name).toList()),
                        String.join("; ", e.participants().stream()
                                .map(p -> p.country() == null ? "" : p.country()).toList()),
                        orEmpty(e.location()),
                        orEmpty(e.mechanism()),
                        orEmpty(e.cameo()),
                        String.format(Locale.ROOT, "%.2f", e.confidence()),
                        s.articleId(),
                        s.sourceId(),
                        orEmpty(s.url()),
                        s.evidence(),
                        Integer.toString(s.begin()),
                        Integer.toString(s.end()),
                        String.join("; ", e.sides()),
                        e.channel() == null ? "" : e.channel().label()));
            }
        }
    }

    private static void row(PrintWriter out, List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        out.print(line.append("\r\n"));
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
