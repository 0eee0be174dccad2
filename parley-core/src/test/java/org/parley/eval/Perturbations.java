package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Ways of turning a gold file into a prediction file (or into another gold file), so that the
 * agreement test can drive both scorers through every rule: each one is applied to every gold
 * file of a folder, with a seeded {@link Random} so failures reproduce.
 */
final class Perturbations {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the variant of one gold file into {@code out} (or leaves it out). */
    @FunctionalInterface
    interface Perturbation {
        void apply(Path out, String file, int index, ObjectNode doc, Random rnd) throws IOException;
    }

    /** A named pair of perturbations: one for the gold folder, one for the predictions. */
    record Variant(String name, Perturbation gold, Perturbation pred) {
        Variant(String name, Perturbation pred) {
            this(name, SAME, pred);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Perturbation SAME = (out, file, i, doc, rnd) -> write(out, file, doc);

    private Perturbations() {
    }

    /** Applies {@code p} to every JSON file of {@code from}, writing into {@code to}. */
    static void applyToFolder(Perturbation p, Path from, Path to, long seed) throws IOException {
        Files.createDirectories(to);
        Random rnd = new Random(seed);
        List<Path> files;
        try (var s = Files.list(from)) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            ObjectNode doc = (ObjectNode) JSON.readTree(files.get(i).toFile());
            p.apply(to, files.get(i).getFileName().toString(), i, doc, rnd);
        }
    }

    static void write(Path out, String file, JsonNode doc) throws IOException {
        Files.writeString(out.resolve(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc),
                StandardCharsets.UTF_8);
    }

    /** Changes each event in place, then writes the file. */
    static Perturbation eachEvent(BiConsumer<ObjectNode, Random> change) {
        return (out, file, i, doc, rnd) -> {
            for (JsonNode e : events(doc)) {
                change.accept((ObjectNode) e, rnd);
            }
            write(out, file, doc);
        };
    }

    /** Changes each event with probability {@code share}. */
    static Perturbation someEvents(double share, BiConsumer<ObjectNode, Random> change) {
        return eachEvent((e, rnd) -> {
            if (rnd.nextDouble() < share) {
                change.accept(e, rnd);
            }
        });
    }

    static ArrayNode events(ObjectNode doc) {
        JsonNode events = doc.get("events");
        return events instanceof ArrayNode a ? a : doc.putArray("events");
    }

    // ---- dates

    static void shiftDay(ObjectNode e, Random rnd) {
        String d = e.path("date").asText("");
        if (d.length() == 10) {
            e.put("date", LocalDate.parse(d).plusDays(rnd.nextBoolean() ? 1 : -1).toString());
        }
    }

    static void cutDate(ObjectNode e, Random rnd) {
        String d = e.path("date").asText("");
        if (d.length() > 4) {
            e.put("date", d.substring(0, rnd.nextBoolean() ? 7 : 4));
        }
    }

    /** A more precise prediction than gold gives: accepted on gold's precision. */
    static void refineDate(ObjectNode e, Random rnd) {
        String d = e.path("date").asText("");
        if (d.length() == 4) {
            e.put("date", d + "-0" + (1 + rnd.nextInt(9)));
        } else if (d.length() == 7) {
            e.put("date", d + "-1" + rnd.nextInt(10));
        } else if (d.isEmpty()) {
            e.put("date", "2023-0" + (1 + rnd.nextInt(9)) + "-15");
        }
    }

    static void dropDate(ObjectNode e, Random rnd) {
        if (rnd.nextBoolean()) {
            e.putNull("date");
        } else {
            e.put("date", "");
        }
    }

    // ---- statuses and types

    static void flipStatus(ObjectNode e, Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0 -> e.put("status", "planned".equals(e.path("status").asText()) ? "occurred" : "planned");
            case 1 -> e.remove("status");
            case 2 -> e.put("status", "");
            default -> e.putNull("status");
        }
    }

    static void changeType(ObjectNode e, Random rnd) {
        String[] types = {"meeting", "visit", "call", "session", "agreement", "message"};
        if (rnd.nextInt(5) == 0) {
            e.remove("type");
        } else {
            e.put("type", types[rnd.nextInt(types.length)]);
        }
    }

    // ---- names, sides, locations

    static void perturbNames(ObjectNode e, Random rnd) {
        for (JsonNode p : e.withArray("participants")) {
            ObjectNode person = (ObjectNode) p;
            person.put("name", perturbName(person.path("name").asText(""), rnd));
        }
    }

    /** Surname only, first word only, small and large misspellings, case and accents, odd characters. */
    static String perturbName(String name, Random rnd) {
        String[] words = name.split(" ");
        return switch (rnd.nextInt(9)) {
            case 0 -> words[words.length - 1];
            case 1 -> words[0];
            case 2 -> misspell(name, 1, rnd);
            case 3 -> misspell(name, 2, rnd);
            case 4 -> misspell(name, 4, rnd);
            case 5 -> name.toUpperCase() + " Jr";
            case 6 -> name.replace('e', 'é').replace('o', 'ö');
            case 7 -> "Dr. O'Neil \"" + words[0] + "\"\t\u00a0\u200b";
            default -> "the " + name + " of";
        };
    }

    private static String misspell(String name, int edits, Random rnd) {
        StringBuilder sb = new StringBuilder(name);
        for (int k = 0; k < edits && sb.length() > 1; k++) {
            int at = rnd.nextInt(sb.length());
            sb.setCharAt(at, (char) ('a' + rnd.nextInt(26)));
        }
        return sb.toString();
    }

    static void changeCountry(ObjectNode e, Random rnd) {
        for (JsonNode p : e.withArray("participants")) {
            ObjectNode person = (ObjectNode) p;
            switch (rnd.nextInt(3)) {
                case 0 -> person.put("country", person.path("country").asText("").toLowerCase());
                case 1 -> person.putNull("country");
                default -> person.put("country", "XXX");
            }
        }
    }

    static void dropParticipant(ObjectNode e, Random rnd) {
        ArrayNode people = e.withArray("participants");
        if (!people.isEmpty()) {
            people.remove(rnd.nextInt(people.size()));
        }
    }

    static void reverseParticipants(ObjectNode e, Random rnd) {
        ArrayNode people = e.withArray("participants");
        List<JsonNode> copy = new ArrayList<>();
        people.forEach(copy::add);
        people.removeAll();
        for (int i = copy.size() - 1; i >= 0; i--) {
            people.add(copy.get(i));
        }
    }

    static void changeLocation(ObjectNode e, Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0 -> e.putNull("location");
            case 1 -> e.put("location", "Port Ellery");
            case 2 -> e.put("location", "the city of " + e.path("location").asText("Ashgrove"));
            default -> e.put("location", "of in");
        }
    }

    // ---- sessions

    /** A gold session without participants: then only its mechanism words count. */
    static void sessionWithoutParticipants(ObjectNode e, Random rnd) {
        if ("session".equals(e.path("type").asText())) {
            e.putArray("participants");
        }
    }

    static void perturbMechanism(ObjectNode e, Random rnd) {
        String m = e.path("mechanism").asText("");
        String[] words = m.split(" ");
        switch (rnd.nextInt(4)) {
            case 0 -> e.put("mechanism", String.join(" ", List.of(words).subList(0, words.length / 2)));
            case 1 -> e.put("mechanism", String.join(" ", List.of(words).subList(words.length / 2, words.length)));
            case 2 -> e.putNull("mechanism");
            default -> e.put("mechanism", m.toUpperCase() + " Forum");
        }
    }

    // ---- whole files

    static Perturbation dropEvents() {
        return (out, file, i, doc, rnd) -> {
            ArrayNode events = events(doc);
            if (i % 3 == 0) {
                events.removeAll();
            } else if (!events.isEmpty()) {
                events.remove(events.size() - 1);
            }
            write(out, file, doc);
        };
    }

    static Perturbation duplicateEvents() {
        return (out, file, i, doc, rnd) -> {
            ArrayNode events = events(doc);
            List<JsonNode> copy = new ArrayList<>();
            events.forEach(copy::add);
            copy.forEach(e -> events.add(e.deepCopy()));
            write(out, file, doc);
        };
    }

    static Perturbation reverseEvents() {
        return (out, file, i, doc, rnd) -> {
            ArrayNode events = events(doc);
            List<JsonNode> copy = new ArrayList<>();
            events.forEach(copy::add);
            events.removeAll();
            for (int k = copy.size() - 1; k >= 0; k--) {
                events.add(copy.get(k));
            }
            write(out, file, doc);
        };
    }

    /** Every fourth file missing, the others as gold. */
    static Perturbation missingFiles() {
        return (out, file, i, doc, rnd) -> {
            if (i % 4 != 1) {
                write(out, file, doc);
            }
        };
    }

    /** Files score.py cannot read (it warns and counts no events), and a few it can. */
    static Perturbation unreadableFiles() {
        return (out, file, i, doc, rnd) -> {
            Path f = out.resolve(file);
            switch (i % 10) {
                case 0 -> Files.writeString(f, "not json at all");
                case 1 -> Files.writeString(f, "");
                case 2 -> Files.writeString(f, "[1, 2, 3]");
                case 3 -> Files.writeString(f, "{\"events\": []} trailing");
                case 4 -> Files.write(f, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}'});
                case 5 -> Files.writeString(f, "\uFEFF" + JSON.writeValueAsString(doc), StandardCharsets.UTF_8);
                case 6 -> Files.createDirectories(f);
                case 7 -> Files.writeString(f, JSON.writeValueAsString(doc).substring(0, 20));
                case 8 -> Files.writeString(f, "{\"events\": null, \"persons\": false}");
                default -> write(out, file, doc);
            }
        };
    }

    static Perturbation personsChanged() {
        return (out, file, i, doc, rnd) -> {
            JsonNode persons = doc.path("persons");
            if (i % 5 == 0) {
                doc.remove("persons");
            } else if (persons instanceof ArrayNode list) {
                for (JsonNode p : list) {
                    ObjectNode person = (ObjectNode) p;
                    if (rnd.nextInt(3) == 0) {
                        person.put("name", perturbName(person.path("name").asText(""), rnd));
                    }
                    if (rnd.nextInt(3) == 0) {
                        person.put("country", rnd.nextBoolean() ? "xxx" : person.path("country").asText("").toLowerCase());
                    }
                }
            }
            write(out, file, doc);
        };
    }

    /** Events with odd shapes: no participants key, null names, extra events of every type. */
    static Perturbation oddEvents() {
        return (out, file, i, doc, rnd) -> {
            ArrayNode events = events(doc);
            ObjectNode extra = events.addObject();
            extra.put("type", i % 2 == 0 ? "call" : "session");
            extra.putNull("status");
            extra.put("date", "");
            ArrayNode people = extra.putArray("participants");
            people.addObject().putNull("name");
            people.addObject().put("country", "CHN");
            people.addObject().put("name", "Ana \\ Bel \u00e9\u0301 \uD83D\uDE00 \u0007").put("country", "rus");
            extra.put("mechanism", i % 2 == 0 ? "" : "Meeting of the Intergovernmental Commission");
            events.addObject().put("type", "visit");
            write(out, file, doc);
        };
    }

    /** A random mix of the event changes above. */
    static Perturbation mixed() {
        List<BiConsumer<ObjectNode, Random>> changes = List.of(Perturbations::shiftDay, Perturbations::cutDate,
                Perturbations::refineDate, Perturbations::dropDate, Perturbations::flipStatus,
                Perturbations::changeType, Perturbations::perturbNames, Perturbations::changeCountry,
                Perturbations::dropParticipant, Perturbations::reverseParticipants,
                Perturbations::changeLocation, Perturbations::perturbMechanism);
        Perturbation events = someEvents(0.6, (e, rnd) -> changes.get(rnd.nextInt(changes.size())).accept(e, rnd));
        return (out, file, i, doc, rnd) -> {
            ArrayNode list = events(doc);
            if (!list.isEmpty() && rnd.nextInt(4) == 0) {
                list.add(list.get(rnd.nextInt(list.size())).deepCopy());
            }
            if (!list.isEmpty() && rnd.nextInt(4) == 0) {
                list.remove(rnd.nextInt(list.size()));
            }
            events.apply(out, file, i, doc, rnd);
        };
    }
}
