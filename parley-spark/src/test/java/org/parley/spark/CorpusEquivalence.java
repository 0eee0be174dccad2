package org.parley.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parley.cli.Parley;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventQuery;
import org.parley.store.SqliteStore;
import picocli.CommandLine;

/**
 * The job's occasions against 'parley ingest --threads 1' on a corpus of text files: each occasion as
 * its type, date and number of sources, counted on both sides, and the differences printed. What the
 * equivalence test checks on its small corpus, on a large one; a measurement, not a test.
 *
 * <p>Arguments: the corpus folder, the job's output folder (as LocalThroughput leaves it), a scratch
 * SQLite file.
 */
public final class CorpusEquivalence {

    private CorpusEquivalence() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        Path db = Path.of(args[2]);
        CommandLine parley = Parley.commandLine(Pipeline::standard);
        parley.setOut(new PrintWriter(new StringWriter()));
        parley.setErr(new PrintWriter(new StringWriter()));
        long start = System.nanoTime();
        int exit = parley.execute("ingest", corpus.toString(), "--db", db.toString(), "--threads", "1");
        System.out.printf("parley ingest: exit %d in %.0f s%n", exit, (System.nanoTime() - start) / 1e9);
        Map<String, Long> ingested;
        try (SqliteStore store = SqliteStore.open(db)) {
            ingested = count(store.events(EventQuery.ALL), e -> e.type().label() + " " + e.date().start() + " "
                    + e.sources().size());
        }
        SparkSession spark = LocalSpark.start(1);
        Map<String, Long> job;
        try {
            List<Row> events = spark.read().parquet(args[1] + "/events").collectAsList();
            job = count(events, r -> r.getString(1) + " " + r.getString(3) + " " + r.getInt(16));
        } finally {
            spark.stop();
        }
        List<String> differences = new ArrayList<>();
        TreeMap<String, Long> all = new TreeMap<>(ingested);
        job.forEach(all::putIfAbsent);
        all.keySet().forEach(k -> {
            long a = ingested.getOrDefault(k, 0L);
            long b = job.getOrDefault(k, 0L);
            if (a != b) {
                differences.add(k + ": ingest " + a + ", job " + b);
            }
        });
        System.out.printf("occasions: ingest %d, job %d; sources: ingest %d, job %d; %d (type, date, sources)"
                        + " counts differ%n", total(ingested), total(job), sources(ingested), sources(job),
                differences.size());
        differences.stream().limit(40).forEach(d -> System.out.println("  " + d));
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sources(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .mapToLong(e -> e.getValue() * Long.parseLong(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1)))
                .sum();
    }
}
