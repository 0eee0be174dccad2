package org.parley.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The events and persons of one gold or prediction file (both share the GOLD.md schema).
 *
 * <p>Reading is as strict as Python's {@code json.load(open(f, encoding="utf-8"))}, so that a
 * file score.py finds unreadable is unreadable here too: invalid UTF-8, a byte-order mark,
 * trailing content, or a top-level value that is not an object are all errors.
 */
public record GoldFile(String id, List<EvalEvent> events, List<EvalPerson> persons) {

    // NaN and Infinity are accepted because Python's json module accepts them.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    public GoldFile {
        events = List.copyOf(events);
        persons = List.copyOf(persons);
    }

    /** Reads a file; throws {@link IOException} wherever score.py's json.load or .get() would fail. */
    public static GoldFile read(Path file) throws IOException {
        String text = decodeUtf8(Files.readAllBytes(file));
        if (text.startsWith("\uFEFF")) {
            // Python's json refuses a BOM when the file is opened as plain utf-8
            throw new IOException("Unexpected UTF-8 BOM");
        }
        JsonNode root = MAPPER.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IOException("top-level JSON value is not an object");
        }
        return new GoldFile(text(root.get("id")), events(root.get("events")), persons(root.get("persons")));
    }

    private static String decodeUtf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8: " + e, e);
        }
    }

    private static List<EvalEvent> events(JsonNode node) throws IOException {
        List<EvalEvent> out = new ArrayList<>();
        for (JsonNode e : list(node, "events")) {
            if (!e.isObject()) {
                throw new IOException("an entry of events is not an object");
            }
            out.add(new EvalEvent(text(e.get("type")), text(e.get("status")), text(e.get("date")),
                    text(e.get("location")), persons(e.get("participants")), text(e.get("mechanism"))));
        }
        return out;
    }

    private static List<EvalPerson> persons(JsonNode node) throws IOException {
        List<EvalPerson> out = new ArrayList<>();
        for (JsonNode p : list(node, "persons or participants")) {
            if (!p.isObject()) {
                throw new IOException("a person or participant is not an object");
            }
            out.add(new EvalPerson(text(p.get("name")), text(p.get("country"))));
        }
        return out;
    }

    /**
     * score.py reads lists as {@code x.get(key) or []}: any falsy value is an empty list. A
     * non-empty value that is not a list would crash score.py; here it makes the file unreadable.
     */
    private static Iterable<JsonNode> list(JsonNode node, String what) throws IOException {
        if (node == null || isFalsy(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IOException(what + " is not a list");
        }
        return node;
    }

    private static boolean isFalsy(JsonNode node) {
        return node.isNull() || (node.isContainerNode() && node.isEmpty())
                || (node.isTextual() && node.textValue().isEmpty())
                || (node.isBoolean() && !node.booleanValue())
                || (node.isNumber() && node.asDouble() == 0.0);
    }

    /**
     * A JSON string as written; null for absent or null. Parley writes strings only; other
     * scalars become their JSON text (score.py would compare or crash on them differently).
     */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
