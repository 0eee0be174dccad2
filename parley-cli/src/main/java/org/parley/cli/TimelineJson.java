package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.parley.model.EventDate;
import org.parley.model.Participant;
import org.parley.store.EventSource;
import org.parley.store.StoredEvent;

/** The timeline as one JSON array; field names follow the gold annotations (GOLD.md) where they overlap. */
final class TimelineJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJson() {
    }

    static void write(List<StoredEvent> events, PrintWriter out) {
        ArrayNode array = MAPPER.createArrayNode();
        for (StoredEvent e : events) {
            array.add(event(e));
        }
        try {
            out.println(MAPPER.writeValueAsString(array));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ObjectNode event(StoredEvent e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", e.id());
        node.put("type", e.type().label());
        node.put("status", e.status().label());
        EventDate date = e.date();
        node.put("date", date.start() == null ? null : date.start().iso());
        node.put("date_end", date.end() == null ? null : date.end().iso());
        node.put("date_precision", date.start() == null ? null
                : date.start().precision().name().toLowerCase(Locale.ROOT));
        node.put("date_how", date.source().name().toLowerCase(Locale.ROOT));
        node.put("date_text", date.text());
        node.put("date_explained", date.explain());
        node.put("location", e.location());
        node.put("mechanism", e.mechanism());
        node.put("cameo", e.cameo());
        node.put("confidence", e.confidence());
        node.put("plan_fulfilled", e.planFulfilled());
        node.put("date_conflict", e.dateConflict());
        ArrayNode participants = node.putArray("participants");
        for (int i = 0; i < e.participants().size(); i++) {
            Participant p = e.participants().get(i);
            ObjectNode person = participants.addObject();
            if (i < e.actorIds().size()) {
                person.put("actor_id", e.actorIds().get(i));
            }
            person.put("name", p.name()).put("country", p.country()).put("title", p.title());
        }
        ArrayNode sides = node.putArray("sides");
        e.sides().forEach(sides::add);
        node.put("channel", e.channel() == null ? null : e.channel().label());
        ArrayNode actorIds = node.putArray("actor_ids");
        e.actorIds().forEach(actorIds::add);
        ArrayNode sources = node.putArray("sources");
        for (EventSource s : e.sources()) {
            ObjectNode source = sources.addObject();
            source.put("article", s.articleId())
                    .put("source_id", s.sourceId())
                    .put("origin", s.origin())
                    .put("url", s.url())
                    .put("published", s.published() == null ? null : s.published().toString())
                    .put("evidence", s.evidence())
                    .put("evidence_begin", s.begin())
                    .put("evidence_end", s.end());
            if (s.eventId() != 0) {
                // what this source itself said, so that disagreeing reports stay visible
                source.put("event", s.eventId());
                source.put("status", s.status() == null ? null : s.status().label());
                source.put("date", s.date() == null || s.date().start() == null ? null : s.date().start().iso());
                source.put("date_end", s.date() == null || s.date().end() == null ? null : s.date().end().iso());
            }
        }
        return node;
    }
}
