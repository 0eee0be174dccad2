package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Cameo;

/** Exports read back with real readers: Commons CSV, Jackson, the Parquet reader, JGraphT's GraphML importer. */
class ExportCommandTest {

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
    void csvHoldsEveryEventWithItsSourceOneRowEach() throws Exception {
        Path out = dir.resolve("events.csv");
        Cli.Result r = Cli.run("export", "--db", db, "--format", "csv", "--out", out.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("exported 4 rows (events) of 4 events to " + out, r.out().strip());
        List<CSVRecord> rows = csv(out);
        assertEquals(4, rows.size());
        CSVRecord meeting = rows.get(1);
        assertEquals("meeting", meeting.get("type"));
        assertEquals("2024-03-05", meeting.get("date"));
        assertEquals("Anna Berg; Tomas Lind", meeting.get("participants"));
        assertEquals("NOR; FIN", meeting.get("countries"));
        assertEquals("NOR; FIN", meeting.get("sides"));
        assertEquals("other", meeting.get("channel"), "nobody's office is given");
        assertEquals("oslo", meeting.get("source_id"));
        assertTrue(meeting.get("evidence").contains("met Tomas Lind of FIN"), meeting.get("evidence"));
        assertEquals("", rows.get(3).get("date"), "the undated message comes last, with no date");
    }

    @Test
    void theChannelFiltersTheExportAndAnUnknownChannelIsAUsageError() throws Exception {
        Path other = dir.resolve("other.csv");
        assertEquals(0, Cli.run("export", "--db", db, "--format", "csv", "--channel", "other", "--out", other.toString()).exit());
        assertEquals(4, csv(other).size());
        Path parliament = dir.resolve("parliament.csv");
        assertEquals(0, Cli.run("export", "--db", db, "--format", "csv", "--channel", "parliament",
                "--out", parliament.toString()).exit());
        assertEquals(0, csv(parliament).size());
        Cli.Result bad = Cli.run("events", "--db", db, "--channel", "summit");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'summit' is not a channel"), bad.err());
    }

    @Test
    void jsonLinesKeepNumbersAndFlagsTypedAndFiltersApply() throws Exception {
        Path out = dir.resolve("fin.jsonl");
        Cli.Result r = Cli.run("export", "--db", db, "--format", "jsonl", "--country", "FIN", "--out", out.toString());

        assertEquals(0, r.exit(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            rows.add(new ObjectMapper().readTree(line));
        }
        assertEquals(List.of("meeting", "visit", "message"), rows.stream().map(n -> n.get("type").asText()).toList());
        assertTrue(rows.get(0).get("event_id").isIntegralNumber());
        assertTrue(rows.get(0).get("confidence").isDouble());
        assertTrue(rows.get(0).get("plan_fulfilled").isBoolean());
        assertTrue(rows.get(2).get("date").isNull());
    }

    @Test
    void parquetEventsHoldTheSameRowsAsCsv() throws Exception {
        Path csv = dir.resolve("events.csv");
        Path parquet = dir.resolve("events.parquet");
        assertEquals(0, Cli.run("export", "--db", db, "--format", "csv", "--out", csv.toString()).exit());
        Cli.Result r = Cli.run("export", "--db", db, "--format", "parquet", "--out", parquet.toString());

        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> fromParquet = parquet(parquet);
        List<CSVRecord> fromCsv = csv(csv);
        assertEquals(fromCsv.size(), fromParquet.size());
        for (int i = 0; i < fromCsv.size(); i++) {
            for (String column : List.of("event_id", "type", "date", "participants", "article_id", "evidence")) {
                assertEquals(fromCsv.get(i).get(column), fromParquet.get(i).getOrDefault(column, ""), column);
            }
        }
    }

    @Test
    void theCameoTableHasOneRowPerDyadWithGoldsteinScoreAndSourceUrl() throws Exception {
        Path out = dir.resolve("cameo.parquet");
        Cli.Result r = Cli.run("export", "--db", db, "--format", "parquet", "--table", "cameo", "--out", out.toString());

        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> rows = parquet(out);
        assertEquals(4, rows.size());
        Map<String, String> call = rows.get(0);
        assertEquals("2024-01-20", call.get("date"));
        assertEquals("Lucia Sanchez", call.get("source_actor"));
        assertEquals("ESP", call.get("source_country"));
        assertEquals("Anna Berg", call.get("target_actor"));
        assertEquals("NOR", call.get("target_country"));
        assertEquals(String.valueOf(Cameo.goldstein(call.get("cameo_code"))), call.get("goldstein"));
        assertTrue(call.get("source_url").endsWith("madrid.txt"), "the origin stands in for a missing URL");
    }

    @Test
    void theActorNetworkIsValidGraphmlWithEdgesWeightedBySharedEvents() throws Exception {
        Path out = dir.resolve("actors.graphml");
        Cli.Result r = Cli.run("export", "--db", db, "--format", "graphml", "--out", out.toString());

        assertEquals(0, r.exit(), r.err());
        Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
            if (vertexAndKey.getSecond().equals("label")) {
                labels.put(vertexAndKey.getFirst(), value.getValue());
            }
        });
        importer.importGraph(graph, out.toFile());

        assertEquals(3, graph.vertexSet().size());
        assertEquals(3, graph.edgeSet().size());
        Map<String, String> byName = new HashMap<>();
        labels.forEach((id, name) -> byName.put(name, id));
        DefaultWeightedEdge lindSanchez = graph.getEdge(byName.get("Tomas Lind"), byName.get("Lucia Sanchez"));
        assertEquals(2.0, graph.getEdgeWeight(lindSanchez), "a visit and a letter");
        assertEquals(1.0, graph.getEdgeWeight(graph.getEdge(byName.get("Anna Berg"), byName.get("Tomas Lind"))));
    }

    @Test
    void aCameoNetworkIsAUsageErrorAndAMissingDatabaseAFailure() {
        Path out = dir.resolve("x.graphml");
        assertEquals(Parley.USAGE, Cli.run("export", "--db", db, "--format", "graphml", "--table", "cameo",
                "--out", out.toString()).exit());
        Cli.Result missing = Cli.run("export", "--db", dir.resolve("none.db").toString(), "--format", "csv",
                "--out", out.toString());
        assertEquals(Parley.FAILURE, missing.exit());
        assertTrue(missing.err().contains("no database at"), missing.err());
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            return parser.getRecords();
        }
    }

    /** Every row of a Parquet file, each value as its string form; absent (null) values left out. */
    static List<Map<String, String>> parquet(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(file.toUri())).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < g.getType().getFieldCount(); i++) {
                    if (g.getFieldRepetitionCount(i) > 0) {
                        row.put(g.getType().getFieldName(i), g.getValueToString(i, 0));
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
