package org.parley.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link Extraction} as one JSON file in the schema of the gold annotations
 * ({@code {"id", "published", "events": [...], "persons": [...]}}) plus Parley's extra fields.
 * This is the interface quality is measured through: keep it stable.
 *
 * <p>Field order is fixed (gold's fields first, Parley's extras after the gold field they explain)
 * and the layout is Python's {@code json.dumps(indent=2, ensure_ascii=False)}, so a prediction
 * diffs cleanly against its gold file.
 */
public final class ExtractionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectWriter WRITER = new ObjectMapper().writer(pythonStylePrinter());

    private ExtractionJson() {
    }

    /** The JSON text for one extraction, ending in a newline. */
    public static String toJson(Extraction extraction) {
        try {
            return WRITER.writeValueAsString(toTree(extraction)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot happen: a tree of plain nodes always writes", e);
        }
    }

    /** Writes {@code toJson(extraction)} to {@code file} (UTF-8). */
    public static void write(Extraction extraction, Path file) throws IOException {
        Files.writeString(file, toJson(extraction), StandardCharsets.UTF_8);
    }

    static ObjectNode toTree(Extraction x) {
        ObjectNode root = NODES.objectNode();
        root.put("id", x.article().id());
        root.put("url", x.article().url());
        root.put("published", iso(x.publishedDate()));
        root.put("published_source", x.publishedHow());
        root.put("origin", x.article().origin());
        ArrayNode events = root.putArray("events");
        x.events().forEach(e -> events.add(event(e)));
        ArrayNode persons = root.putArray("persons");
        x.persons().forEach(p -> persons.add(person(p)));
        return root;
    }

    private static ObjectNode event(Event e) {
        EventDate date = e.date();
        ObjectNode n = NODES.objectNode();
        n.put("type", e.type().label());
        n.put("status", e.status().label());
        n.put("date", iso(date.start()));
        n.put("date_end", iso(date.end()));
        n.put("date_source", date.source().name().toLowerCase(Locale.ROOT));
        n.put("date_text", date.text());
        n.put("location", e.location());
        ArrayNode participants = n.putArray("participants");
        e.participants().forEach(p -> participants.add(participant(p)));
        n.put("mechanism", e.mechanism());
        n.put("evidence", e.evidence().sentence());
        n.put("evidence_begin", e.evidence().begin());
        n.put("evidence_end", e.evidence().end());
        n.put("cameo", e.cameo());
        n.put("confidence", e.confidence());
        n.set("rules", strings(e.rules()));
        return n;
    }

    private static ObjectNode participant(Participant p) {
        ObjectNode n = NODES.objectNode();
        n.put("name", p.name());
        n.put("country", p.country());
        n.put("title", p.title());
        return n;
    }

    private static ObjectNode person(Person p) {
        ObjectNode n = NODES.objectNode();
        n.put("name", p.name());
        n.put("country", p.country());
        n.set("titles", strings(p.titles()));
        n.set("aliases", strings(p.aliases()));
        return n;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static String iso(FuzzyDate d) {
        return d == null ? null : d.iso();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Two-space indent, {@code "key": value}, one array item per line, {@code []} when empty. */
    private static DefaultPrettyPrinter pythonStylePrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
