package org.parley.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Articles per second of the job in local mode with a given number of cores: the CoreNLP models are
 * loaded first and not timed (a cluster loads them once per executor, not per article). A measurement,
 * not a test; docs/scaling.md has the figures.
 *
 * <p>Arguments: cores, input (a Hadoop path or glob), output folder.
 */
public final class LocalThroughput {

    private LocalThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int cores = Integer.parseInt(args[0]);
        long load = System.nanoTime();
        Pipelines.get();
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        SparkSession spark = LocalSpark.start(cores);
        try {
            Path out = Files.createDirectories(Path.of(args[2]));
            long start = System.nanoTime();
            ParleyJob.Summary s = ParleyJob.run(spark, "--input", args[1], "--out", out.toString(),
                    "--partitions", String.valueOf(cores));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "local[%d]: %d articles in %.1f s = %.2f articles/s (models loaded in"
                    + " %.1f s, not counted); %s%n", cores, s.articles(), seconds, s.articles() / seconds,
                    loadSeconds, s);
        } finally {
            spark.stop();
        }
    }
}
