package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.store.ReadModel;
import org.parley.store.read.EventCursor;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.EventSummary;
import org.parley.store.read.ParticipantView;

/**
 * The whole filtered timeline as a download, CSV or JSON Lines: written page by page as the timeline is walked
 * (each page read after the one before is sent), so a large view is never held in memory.
 */
final class EventExport {

    enum Format {
        CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final List<String> HEADER = List.of("id", "date", "date_end", "date_precision", "type", "status",
            "channel", "sides", "participants", "countries", "location", "sources", "plan_fulfilled", "date_conflict",
            "evidence");

    private final ReadModel model;
    private final ObjectMapper json;

    EventExport(ReadModel model, ObjectMapper json) {
        this.model = model;
        this.json = json;
    }

    /** The format asked for by {@code format=csv|jsonl}, else by the Accept header; null for a JSON page. */
    static Format requested(Context ctx, Params p) {
        String format = p.text("format").orElse(null);
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> Format.CSV;
                case "jsonl", "ndjson" -> Format.JSONL;
                case "json" -> null;
                default -> throw ApiError.badParameter("format", "expected csv, jsonl or json, got '" + format + "'");
            };
        }
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/csv")) {
            return Format.CSV;
        }
        if (accept != null && (accept.contains("application/x-ndjson") || accept.contains("application/jsonl"))) {
            return Format.JSONL;
        }
        return null;
    }

    void write(Context ctx, EventFilter filter, Format format) {
        ctx.contentType(format.contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"parley-events." + format.extension + "\"");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8));
            if (format == Format.CSV) {
                row(out, HEADER);
            }
            EventCursor after = null;
            do {
                EventPage page = model.events(filter, after, ReadModel.MAX_PAGE);
                for (EventSummary e : page.events()) {
                    if (format == Format.CSV) {
                        row(out, csv(e));
                    } else {
                        out.write(json.writeValueAsString(e));
                        out.write('\n');
                    }
                }
                out.flush();
                after = page.next() == null ? null : EventCursor.parse(page.next());
            } while (after != null);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the download was cut: " + e.getMessage(), e);
        }
    }

    private static List<String> csv(EventSummary e) {
        return List.of(String.valueOf(e.id()), orEmpty(e.date().start()), orEmpty(e.date().end()),
                orEmpty(e.date().precision()), e.type(), e.status(), orEmpty(e.channel()), String.join("; ", e.sides()),
                e.participants().stream().map(ParticipantView::name).collect(Collectors.joining("; ")),
                e.participants().stream().map(p -> orEmpty(p.country())).collect(Collectors.joining("; ")),
                orEmpty(e.location()), String.valueOf(e.sources()), String.valueOf(e.planFulfilled()),
                String.valueOf(e.dateConflict()), orEmpty(e.evidence()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One RFC 4180 row; a field that could start a spreadsheet formula is prefixed with an apostrophe. */
    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?\\d+(\\.\\d+)?")) {
                f = "'" + f;
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                f = "\"" + f.replace("\"", "\"\"") + "\"";
            }
            out.write(f);
        }
        out.write("\r\n");
    }
}
