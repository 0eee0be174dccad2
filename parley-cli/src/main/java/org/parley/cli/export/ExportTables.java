package org.parley.cli.export;

import static org.parley.cli.export.ExportTable.Kind.BOOLEAN;
import static org.parley.cli.export.ExportTable.Kind.DOUBLE;
import static org.parley.cli.export.ExportTable.Kind.LONG;
import static org.parley.cli.export.ExportTable.Kind.STRING;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.extract.Cameo;
import org.parley.model.EventDate;
import org.parley.model.Participant;
import org.parley.store.EventSource;
import org.parley.store.StoredEvent;

/** The tables Parley exports, made from the timeline's events. */
public final class ExportTables {

    private ExportTables() {
    }

    /** Events with their sources: one row per event and source, the event's columns repeated. */
    public static ExportTable events(List<StoredEvent> events) {
        ExportTable.Builder t = new ExportTable.Builder()
                .column("event_id", LONG).column("type", STRING).column("status", STRING)
                .column("date", STRING).column("date_end", STRING).column("date_precision", STRING)
                .column("location", STRING).column("mechanism", STRING).column("cameo", STRING)
                .column("goldstein", DOUBLE).column("confidence", DOUBLE)
                .column("participants", STRING).column("countries", STRING).column("actor_ids", STRING)
                .column("sides", STRING).column("channel", STRING)
                .column("plan_fulfilled", BOOLEAN).column("date_conflict", BOOLEAN)
                .column("article_id", STRING).column("source_id", STRING).column("origin", STRING)
                .column("url", STRING).column("published", STRING).column("evidence", STRING)
                .column("source_status", STRING).column("source_date", STRING);
        for (StoredEvent e : events) {
            EventDate d = e.date();
            for (EventSource s : e.sources()) {
                t.row(e.id(), e.type().label(), e.status().label(),
                        d.start() == null ? null : d.start().iso(), d.end() == null ? null : d.end().iso(),
                        d.start() == null ? null : d.start().precision().name().toLowerCase(Locale.ROOT),
                        e.location(), e.mechanism(), e.cameo(), goldstein(e.cameo()), e.confidence(),
                        joined(e.participants().stream().map(Participant::name).toList()),
                        joined(e.participants().stream().map(p -> p.country() == null ? "" : p.country()).toList()),
                        joined(e.actorIds().stream().map(String::valueOf).toList()),
                        joined(e.sides()), e.channel() == null ? null : e.channel().label(),
                        e.planFulfilled(), e.dateConflict(),
                        s.articleId(), s.sourceId(), s.origin(), s.url(),
                        s.published() == null ? null : s.published().toString(), s.evidence(),
                        s.status() == null ? null : s.status().label(),
                        s.date() == null || s.date().start() == null ? null : s.date().start().iso());
            }
        }
        return t.build();
    }

    /**
     * The CAMEO-style event table of GDELT and ICEWS: one row per directed dyad, the first participant
     * (host, visitor, sender) as source actor and each other participant as target; an event with one
     * named participant has a row with no target. The URL is the first source's that has one.
     */
    public static ExportTable cameo(List<StoredEvent> events) {
        ExportTable.Builder t = new ExportTable.Builder()
                .column("date", STRING).column("source_actor", STRING).column("source_country", STRING)
                .column("target_actor", STRING).column("target_country", STRING)
                .column("cameo_code", STRING).column("goldstein", DOUBLE).column("source_url", STRING)
                .column("event_id", LONG);
        for (StoredEvent e : events) {
            if (e.participants().isEmpty()) {
                continue;
            }
            String date = e.date().start() == null ? null : e.date().start().iso();
            String url = e.sources().stream().map(EventSource::url).filter(u -> u != null).findFirst()
                    .orElse(e.sources().isEmpty() ? null : e.sources().get(0).origin());
            Participant source = e.participants().get(0);
            List<Participant> targets = e.participants().subList(1, e.participants().size());
            for (Participant target : targets.isEmpty() ? java.util.Collections.<Participant>singletonList(null) : targets) {
                t.row(date, source.name(), source.country(), target == null ? null : target.name(),
                        target == null ? null : target.country(), e.cameo(), goldstein(e.cameo()), url, e.id());
            }
        }
        return t.build();
    }

    private static Double goldstein(String cameo) {
        return cameo == null ? null : Cameo.goldstein(cameo);
    }

    private static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining("; "));
    }
}
