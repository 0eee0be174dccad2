package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Parley;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventQuery;
import org.parley.store.SqliteStore;
import picocli.CommandLine;

/**
 * The job in local mode on articles written for it (text files and JSON Lines): its Parquet output holds
 * the events 'parley extract' writes for the same files, and the occasions 'parley ingest' stores. The
 * comparison is over the text files, the one format every CLI build reads from a folder. One CoreNLP load
 * serves the job's tasks and 'parley ingest'; 'parley extract' runs in a JVM of its own (see below).
 */
class ParleyJobTest {

    private static SparkSession spark;

    @TempDir
    static Path tmp;

    private static Path corpus;
    private static ParleyJob.Summary summary;

    @BeforeAll
    static void runTheJob() throws Exception {
        corpus = Path.of(ParleyJobTest.class.getResource("/corpus").toURI());
        spark = LocalSpark.start(2);
        summary = ParleyJob.run(spark, "--input", corpus.toUri().toString(), "--out", tmp.resolve("out").toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyArticleIsReadOnceAndNothingFails() {
        assertEquals(13, summary.articles());
        assertEquals(0, summary.unreadable());
        assertEquals(0, summary.failed());
        assertEquals(13, table("articles").size());
        assertTrue(table("articles").stream().anyMatch(r -> r.getString(2).endsWith("wire.jsonl:2")),
                "origins name the input, not the executor's copy");
    }

    @Test
    void sourcesHoldTheSameEventsAsParleyExtract() throws Exception {
        Path extracted = tmp.resolve("extract");
        assertEquals(0, parleyExtract(extracted), "parley extract");
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(extracted)) {
            for (Path f : files.toList()) {
                JsonNode article = new ObjectMapper().readTree(f.toFile());
                if (!article.get("origin").asText().endsWith(".txt")) {
                    continue;
                }
                for (JsonNode e : article.get("events")) {
                    List<String> names = new ArrayList<>();
                    e.get("participants").forEach(p -> names.add(p.get("name").asText()));
                    expected.add(line(article.get("id").asText(), e.get("type").asText(), e.get("status").asText(),
                            e.get("date").isNull() ? null : e.get("date").asText(), names,
                            e.get("evidence").asText()));
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Row r : table("sources")) {
            if (!r.getString(4).endsWith(".txt")) {
                continue;
            }
            actual.add(line(r.getString(3), r.getString(7), r.getString(8), r.getString(9),
                    r.getList(12).stream().map(String::valueOf).toList(), r.getString(14)));
        }
        assertFalse(expected.isEmpty(), "the articles state events");
        assertEquals(expected, actual);
        assertTrue(table("sources").stream().anyMatch(r -> r.getString(4).endsWith("wire.jsonl:1")),
                "JSON Lines records are read too");
    }

    @Test
    void occasionsAreThoseParleyIngestStores() throws Exception {
        Path db = tmp.resolve("ingest.db");
        CommandLine parley = Parley.commandLine(Pipeline::standard);
        parley.setOut(new PrintWriter(new StringWriter()));
        parley.setErr(new PrintWriter(new StringWriter()));
        // one thread: ingest then stores in file order, as the job's merge groups do (with several it stores
        // in the order extractions finish, and the first stored report gives an occasion its date on a tie)
        assertEquals(0, parley.execute("ingest", corpus.toString(), "--db", db.toString(), "--threads", "1"));
        Set<String> expected;
        try (SqliteStore store = SqliteStore.open(db)) {
            expected = store.events(EventQuery.ALL).stream()
                    .filter(e -> e.sources().stream().allMatch(src -> src.origin().endsWith(".txt")))
                    .map(e -> e.type().label() + " " + e.date().start() + " " + e.sources().size())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> fromOtherFormats = table("sources").stream().filter(r -> !r.getString(4).endsWith(".txt"))
                .map(r -> r.getString(0)).collect(Collectors.toSet());
        Set<String> actual = table("events").stream().filter(r -> !fromOtherFormats.contains(r.getString(0)))
                .map(r -> r.getString(1) + " " + r.getString(3) + " " + r.getInt(16))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        // occasions across a month's and a year's end, each dated by its first report in file order
        assertTrue(actual.contains("meeting 2024-02-01 2"), "a meeting reported on Jan 31 and as Feb 1 is one occasion");
        assertTrue(actual.contains("meeting 2024-01-01 2"), "a meeting reported on Dec 31 and as Jan 1 is one occasion");
        // keys the resolver joins across (OccasionGroups): a visit whose host is not known joins the visit to
        // Madrid that day; a meeting "in 2024" joins the June meeting of the same pair in the same place
        assertTrue(actual.contains("visit 2024-06-11 2"), "a one-sided visit and the visit to Madrid are one occasion");
        assertTrue(actual.contains("meeting 2024-06-11 2"), "a meeting 'in 2024' joins the June meeting");
        assertTrue(actual.contains("meeting 2024-04-16 2"), "a meeting of three sides joins a report of two of them");
        assertTrue(summary.figures().joinedKeys() >= 3, summary.figures().table());
        Set<String> eventIds = table("events").stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        assertTrue(table("sources").stream().allMatch(r -> eventIds.contains(r.getString(0))),
                "every source belongs to an event");
        assertTrue(table("actors").stream().anyMatch(r -> "Anna Berg".equals(r.getString(2))));
        assertEquals(table("actors").size(), table("actors").stream().map(r -> r.getString(0)).distinct().count(),
                "one row per actor key");
    }

    @Test
    void everySourceIsWrittenOnceThoughReportsAreCopiedToTheNextMonth() {
        List<Row> sources = table("sources");
        assertEquals(sources.size(), sources.stream().map(r -> r.getString(1) + ":" + r.getInt(2)).distinct().count());
        JobFigures f = summary.figures();
        assertTrue(f.reportsResolved() > sources.size(), "copies resolved with the next month's reports:\n" + f.table());
        assertTrue(f.copyGroups() > 0 && f.reportsResolved() < 2 * sources.size(),
                "groups of copies only are not resolved:\n" + f.table());
        assertTrue(f.mergeGroups() > 1 && f.largestGroup() >= 2, f.table());
    }

    @Test
    void aFolderOfSmallFilesIsReadByMoreThanOneTask() {
        JobFigures.Stage extract = summary.figures().stage("extract");
        assertEquals(12, summary.figures().files());
        assertTrue(extract.tasks() > 1, "the articles went through the pipeline in one task:\n" + summary.figures().table());
        assertTrue(summary.figures().table().lines().count() >= 7, summary.figures().table());
    }

    /**
     * Runs {@code parley extract} in a JVM of its own, on the CLI's class path: the CLI is built with a
     * newer Jackson than the one Spark 3.5 (and so this JVM) must have.
     */
    private static int parleyExtract(Path out) throws Exception {
        Path target = Path.of(System.getProperty("parley.cli.target"));
        Path classpath = target.resolve("classpath.txt");
        assertTrue(Files.exists(classpath), "parley-cli is not built: " + classpath);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g",
                "-cp", target.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath).strip(),
                "org.parley.cli.Parley", "extract", corpus.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("extract.log").toFile()).start();
        return p.waitFor();
    }

    private static String line(String article, String type, String status, String date, List<String> names,
                               String evidence) {
        return String.join(" | ", article, type, status, String.valueOf(date), String.join(", ", names), evidence);
    }

    private static List<Row> table(String name) {
        return spark.read().parquet(tmp.resolve("out").resolve(name).toString()).collectAsList();
    }
}
