package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Another outlet's report of the Oslo meeting of {@link Articles#OSLO}. */
    private static final String OSLO_AGAIN = """
            Nordic talks
            Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.
            Fisheries were on the agenda.
            """;

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void ingestTwoReportsOfOneMeeting() throws Exception {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("oslo.txt"), Articles.OSLO);
        Articles.write(in.resolve("oslo-again.txt"), OSLO_AGAIN);
        Articles.write(in.resolve("madrid.txt"), Articles.MADRID);
        db = dir.resolve("parley.db").toString();
        assertEquals(0, Cli.run("ingest", in.toString(), "--db", db, "--threads", "1").exit());
    }

    @Test
    void eventsJsonShowsOneMeetingWithBothSourcesAndTheActorsIds() throws Exception {
        Cli.Result r = Cli.run("events", "--db", db, "--format", "json", "--type", "meeting");
        JsonNode events = JSON.readTree(r.out());
        assertEquals(1, events.size(), r.out());
        JsonNode meeting = events.get(0);
        assertEquals(2, meeting.get("sources").size());
        assertEquals(2, meeting.get("actor_ids").size());
        assertTrue(meeting.get("participants").get(0).get("actor_id").isNumber());
        assertEquals("2024-03-05", meeting.get("sources").get(1).get("date").asText());
    }

    @Test
    void actorsListsPersonsFilteredBySideAndActorPrintsAProfile() throws Exception {
        JsonNode actors = JSON.readTree(Cli.run("actors", "--db", db, "--country", "nor", "--format", "json").out());
        assertEquals(1, actors.size());
        assertEquals("Anna Berg", actors.get(0).get("name").asText());
        Cli.Result profile = Cli.run("actor", "--db", db, "Berg");
        assertEquals(0, profile.exit(), profile.err());
        assertTrue(profile.out().startsWith("Anna Berg (person, NOR"), profile.out());
        assertTrue(profile.out().contains("Tomas Lind (FIN"), profile.out());
        assertTrue(Cli.run("actors", "--db", db, "--format", "csv").out().startsWith("id,kind,name,country"));
    }

    @Test
    void mergeIsAppliedAndKeptAndAnUnknownActorIsOneLineWithExitOne() {
        assertEquals(0, Cli.run("actors", "merge", "Anna Berg", "Lucia Sanchez", "--db", db).exit());
        Cli.Result r = Cli.run("actors", "--db", db, "--query", "sanchez");
        assertTrue(r.out().contains("Anna Berg") && r.out().contains("1 actor"), r.out());
        assertEquals(0, Cli.run("kb", "rebuild", "--db", db).exit());
        assertTrue(Cli.run("actors", "--db", db, "--query", "sanchez").out().contains("Anna Berg"));
        Cli.Result missing = Cli.run("actor", "--db", db, "Nobody Known");
        assertEquals(Parley.FAILURE, missing.exit());
        assertEquals(1, missing.errLines().size());
    }

    @Test
    void kbExportThenImportIntoANewDatabaseKeepsTheActors() throws Exception {
        Path file = dir.resolve("actors.json");
        assertEquals(0, Cli.run("kb", "export", file.toString(), "--db", db).exit());
        assertTrue(Files.readString(file).contains("Tomas Lind"));
        String fresh = dir.resolve("fresh.db").toString();
        Cli.Result r = Cli.run("kb", "import", file.toString(), "--db", fresh);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Cli.run("actors", "--db", fresh, "--query", "lind").out().contains("Tomas Lind"));
        assertEquals(Parley.USAGE, Cli.run("kb").exit());
    }

    @Test
    void kbImportReadsAnOfficeHolderTableAndRefusesABadRowInOneLine() throws Exception {
        Path table = dir.resolve("offices.tsv");
        Files.writeString(table, "FIN\tforeign_minister\t\tTomas Lind\tTomas J. Lind\t2020-01-01\t\t\n");
        Cli.Result r = Cli.run("kb", "import", table.toString(), "--db", db);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("imported 1 actors"), r.out());
        assertTrue(Cli.run("actors", "--db", db, "--title", "foreign minister", "--country", "FIN")
                .out().contains("Tomas Lind"));
        Files.writeString(table, "FIN\tforeign_minister\t\tTomas Lind\t\t2020-01-01\n");
        Cli.Result bad = Cli.run("kb", "import", table.toString(), "--db", db);
        assertEquals(Parley.FAILURE, bad.exit());
        assertEquals(List.of("parley: " + table + " line 1: expected 7 or 8 tab-separated columns"
                + " (country, office, body, name, aliases, from, to, [note]), found 6"), bad.errLines());
    }
}
