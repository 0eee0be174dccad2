package org.parley.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;
import org.parley.model.Person;

/**
 * An extraction as one JSON string and back, losslessly: how extractions travel between Spark
 * stages (Parley's records are not Serializable, and a string shuffles compactly with no encoder).
 */
final class ExtractionCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionCodec() {
    }

    static String encode(Extraction x) {
        ObjectNode root = JSON.createObjectNode();
        Article a = x.article();
        root.put("id", a.id()).put("origin", a.origin()).put("url", a.url()).put("title", a.title())
                .put("text", a.text()).put("article_published", iso(FuzzyDate.knownTo(a.published(), a.publishedPrecision())))
                .put("published", iso(x.publishedDate())).put("published_how", x.publishedHow())
                .put("cleaned_text", x.cleanedText());
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type().label()).put("status", e.status().label())
                    .put("start", e.date().start() == null ? null : e.date().start().iso())
                    .put("end", e.date().end() == null ? null : e.date().end().iso())
                    .put("date_source", e.date().source().name()).put("date_text", e.date().text())
                    .put("location", e.location()).put("mechanism", e.mechanism()).put("cameo", e.cameo())
                    .put("confidence", e.confidence()).put("evidence", e.evidence().sentence())
                    .put("begin", e.evidence().begin()).put("end_offset", e.evidence().end());
            ArrayNode people = n.putArray("participants");
            e.participants().forEach(p -> people.addObject().put("name", p.name()).put("country", p.country())
                    .put("title", p.title()));
            e.rules().forEach(n.putArray("rules")::add);
        }
        ArrayNode persons = root.putArray("persons");
        for (Person p : x.persons()) {
            ObjectNode n = persons.addObject().put("name", p.name()).put("country", p.country());
            p.titles().forEach(n.putArray("titles")::add);
            p.aliases().forEach(n.putArray("aliases")::add);
        }
        return root.toString();
    }

    static Extraction decode(String json) {
        JsonNode r;
        try {
            r = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an encoded extraction: " + e.getOriginalMessage(), e);
        }
        FuzzyDate articlePublished = fuzzy(text(r, "article_published"));
        Article article = new Article(text(r, "id"), text(r, "origin"), text(r, "url"), text(r, "title"),
                text(r, "text"), articlePublished == null ? null : articlePublished.value(),
                articlePublished == null ? null : articlePublished.precision());
        List<Event> events = new ArrayList<>();
        for (JsonNode n : r.get("events")) {
            List<Participant> people = new ArrayList<>();
            n.get("participants").forEach(p -> people.add(new Participant(text(p, "name"), text(p, "country"),
                    text(p, "title"))));
            String start = text(n, "start");
            String end = text(n, "end");
            EventDate date = new EventDate(start == null ? null : FuzzyDate.parse(start),
                    end == null ? null : FuzzyDate.parse(end), DateSource.valueOf(text(n, "date_source")),
                    text(n, "date_text"));
            events.add(new Event(EventType.parse(text(n, "type")), EventStatus.parse(text(n, "status")), date,
                    text(n, "location"), people, text(n, "mechanism"),
                    new Evidence(article.id(), text(n, "evidence"), n.get("begin").asInt(), n.get("end_offset").asInt()),
                    text(n, "cameo"), n.get("confidence").asDouble(), n.has("rules") ? strings(n.get("rules")) : List.of()));
        }
        List<Person> persons = new ArrayList<>();
        for (JsonNode n : r.get("persons")) {
            persons.add(new Person(text(n, "name"), text(n, "country"), strings(n.get("titles")),
                    strings(n.get("aliases"))));
        }
        FuzzyDate published = fuzzy(text(r, "published"));
        return new Extraction(article, published == null ? null : published.value(), text(r, "published_how"),
                text(r, "cleaned_text"), events, persons, published == null ? null : published.precision());
    }

    /** The same extraction with only the events at {@code positions}, in that order. */
    static Extraction withEvents(Extraction x, List<Integer> positions) {
        return new Extraction(x.article(), x.published(), x.publishedHow(), x.cleanedText(),
                positions.stream().map(x.events()::get).toList(), x.persons(), x.publishedPrecision());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    /** A date at its precision: "2023-03" for a month. */
    private static String iso(FuzzyDate date) {
        return date == null ? null : date.iso();
    }

    private static FuzzyDate fuzzy(String iso) {
        return iso == null ? null : FuzzyDate.parse(iso);
    }
}
