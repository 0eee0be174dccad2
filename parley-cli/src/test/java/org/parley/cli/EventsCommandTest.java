package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void ingestThreeArticles() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Articles.write(in.resolve("madrid.txt"), Articles.MADRID);
        Articles.write(in.resolve("undated.txt"), Articles.NO_DATE);
        db = dir.resolve("parley.db").toString();
        assertEquals(0, Cli.run("ingest", in.toString(), "--db", db).exit());
    }

    @Test
    void tableListsEventsByDateInAlignedColumns() {
        Cli.Result r = Cli.run("events", "--db", db);

        assertEquals(0, r.exit(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(0).matches("ID +DATE +TYPE +STATUS +PARTICIPANTS +PLACE +SOURCE"), lines.get(0));
        assertTrue(lines.get(1).contains("2024-01-20  call "), r.out());
        assertTrue(lines.get(1).contains("Lucia Sanchez (ESP), Anna Berg (NOR)"), r.out());
        assertTrue(lines.get(2).contains("2024-03-05  meeting"), r.out());
        assertTrue(lines.get(3).contains("2024-06-11  visit"), r.out());
        assertTrue(lines.get(4).contains(" -  ") && lines.get(4).contains("message"), "undated last: " + r.out());
        assertEquals("4 events", lines.get(5));
        int typeColumn = lines.get(0).indexOf("TYPE");
        for (String line : lines.subList(1, 5)) {
            assertFalse(Character.isWhitespace(line.charAt(typeColumn)), "column misaligned: " + line);
            assertTrue(Character.isWhitespace(line.charAt(typeColumn - 1)), "column misaligned: " + line);
        }
    }

    @Test
    void jsonHoldsParticipantsDateAndTheSourceSentenceWithOffsets() throws Exception {
        Cli.Result r = Cli.run("events", "--db", db, "--format", "json", "--actor", "berg", "--type", "meeting");

        assertEquals(0, r.exit(), r.err());
        JsonNode events = new ObjectMapper().readTree(r.out());
        assertEquals(1, events.size());
        JsonNode e = events.get(0);
        assertEquals("meeting", e.get("type").asText());
        assertEquals("occurred", e.get("status").asText());
        assertEquals("2024-03-05", e.get("date").asText());
        assertTrue(e.get("date_end").isNull());
        assertEquals("day", e.get("date_precision").asText());
        assertEquals("explicit", e.get("date_how").asText());
        assertEquals("Oslo", e.get("location").asText());
        assertEquals("040", e.get("cameo").asText());
        assertEquals("Anna Berg", e.get("participants").get(0).get("name").asText());
        assertEquals("FIN", e.get("participants").get(1).get("country").asText());
        JsonNode source = e.get("sources").get(0);
        String sentence = "Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.";
        assertEquals("oslo", source.get("source_id").asText());
        assertEquals(sentence, source.get("evidence").asText());
        int begin = source.get("evidence_begin").asInt();
        assertEquals(sentence, Articles.OSLO.substring(begin, source.get("evidence_end").asInt()));
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        Cli.Result r = Cli.run("events", "--db", db, "--format", "csv", "--country", "nor", "--from", "2024-02");

        assertEquals(0, r.exit(), r.err());
        String[] rows = r.out().split("\r\n");
        assertEquals(2, rows.length, r.out());
        assertTrue(rows[0].startsWith("id,date,date_end,date_precision,date_how,type,status,participants,"));
        assertTrue(rows[1].contains(",meeting,occurred,Anna Berg; Tomas Lind,NOR; FIN,Oslo,"), rows[1]);
        assertTrue(rows[1].endsWith(",NOR; FIN,other"), "sides and channel last: " + rows[1]);
        assertEquals("\"a, \"\"quoted\"\" cell\"", TimelineCsv.quote("a, \"quoted\" cell"));
        assertEquals("plain", TimelineCsv.quote("plain"));
    }

    @Test
    void filtersCombineAndAMonthOrYearBoundIncludesAllOfIt() {
        assertEquals(List.of("2024-01-20", "2024-03-05"), dates("--to", "2024-03"));
        assertEquals(List.of("2024-03-05", "2024-06-11"), dates("--from", "2024-03-05", "--to", "2024"));
        assertEquals(List.of("2024-06-11", ""), dates("--actor", "LIND", "--country", "ESP"));
        assertEquals(List.of(), dates("--status", "planned"));
        assertEquals(List.of("2024-01-20"), dates("--type", "CALL"));
    }

    @Test
    void badFilterValuesAreUsageErrorsOnOneLine() {
        for (String[] args : List.of(new String[] {"--type", "summit"}, new String[] {"--from", "last week"},
                new String[] {"--to", "2024-02-30"}, new String[] {"--country", "Norway"},
                new String[] {"--status", "maybe"}, new String[] {"--from", "2024-05", "--to", "2024-04"},
                new String[] {"--format", "xml"})) {
            List<String> command = new ArrayList<>(List.of("events", "--db", db));
            command.addAll(List.of(args));
            Cli.Result r = Cli.run(command.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("parley: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aMissingDatabaseIsOneLineAndIsNotCreated() {
        Path missing = dir.resolve("missing.db");

        Cli.Result r = Cli.run("events", "--db", missing.toString());

        assertEquals(1, r.exit());
        assertEquals(List.of("parley: no database at " + missing + " (run 'parley ingest' first)"), r.errLines());
        assertFalse(Files.exists(missing));
    }

    private List<String> dates(String... filters) {
        List<String> command = new ArrayList<>(List.of("events", "--db", db, "--format", "csv"));
        command.addAll(List.of(filters));
        Cli.Result r = Cli.run(command.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        List<String> dates = new ArrayList<>();
        String[] rows = r.out().split("\r\n");
        for (int i = 1; i < rows.length; i++) {
            dates.add(rows[i].split(",", -1)[1]);
        }
        return dates;
    }
}
