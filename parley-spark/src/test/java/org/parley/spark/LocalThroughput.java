package org.parley.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Articles per second of the job in local mode, for each number of cores asked, run in turn and
 * repeated (1, 2, 1, 2, ...) so that both see the same machine: the CoreNLP models are loaded first and
 * not timed (a cluster loads them once per executor, not per article), then one untimed warm-up run on a
 * few articles. Each run prints the job's stage figures, the CPU time the JVM got and the machine's load,
 * since on a shared machine a second core is only as good as the scheduler lets it be. A measurement,
 * not a test; docs/scaling.md has the figures.
 *
 * <p>Arguments: cores (comma-separated, e.g. 1,2), input (a Hadoop path or glob, or gen:N for N articles
 * written by {@link ArticleGenerator} under the output folder), output folder, repeats (default 1).
 */
public final class LocalThroughput {

    private record Run(int cores, long articles, double seconds, double cpuSeconds, String load) {
    }

    private LocalThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> cores = Arrays.stream(args[0].split(",")).map(Integer::valueOf).toList();
        Path out = Files.createDirectories(Path.of(args[2]));
        String input = input(args[1], out);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long load = System.nanoTime();
        Pipelines.get();
        System.out.printf(Locale.ROOT, "models loaded in %.1f s (not counted)%n", (System.nanoTime() - load) / 1e9);
        warmUp(input, out);
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            for (int n : cores) {
                runs.add(run(n, input, out.resolve("out-" + n)));
            }
        }
        System.out.println("\nrun  local[n]  articles  seconds  articles/s  JVM CPU s  CPU/wall  load (1, 5, 15 min)");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            System.out.printf(Locale.ROOT, "%3d  %8d  %8d  %7.1f  %10.2f  %9.1f  %8.2f  %s%n", i + 1, r.cores(),
                    r.articles(), r.seconds(), r.articles() / r.seconds(), r.cpuSeconds(), r.cpuSeconds() / r.seconds(),
                    r.load());
        }
    }

    private static String input(String arg, Path out) throws IOException {
        if (!arg.startsWith("gen:")) {
            return arg;
        }
        int count = Integer.parseInt(arg.substring(4));
        Path folder = out.resolve("articles-" + count);
        if (!Files.isDirectory(folder)) {
            ArticleGenerator.main(new String[] {folder.toString(), String.valueOf(count)});
        }
        return folder.toUri().toString();
    }

    /** The first run of a JVM pays for class loading and JIT compilation: on a few files, not timed. */
    private static void warmUp(String input, Path out) {
        String few = input.endsWith("/") ? input + "gen-0000*.txt" : input;
        SparkSession spark = LocalSpark.start(2);
        try {
            ParleyJob.run(spark, "--input", few, "--out", out.resolve("warm-up").toString());
        } finally {
            spark.stop();
        }
    }

    private static Run run(int cores, String input, Path out) {
        SparkSession spark = LocalSpark.start(cores);
        try {
            String loadBefore = load();
            long cpu = cpuNanos();
            long start = System.nanoTime();
            ParleyJob.Summary s = ParleyJob.run(spark, "--input", input, "--out", out.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "%nlocal[%d]: %d articles in %.1f s = %.2f articles/s; JVM CPU %.1f s"
                            + " (%.2f cores); load before %s, after %s; %s%n%s", cores, s.articles(), seconds,
                    s.articles() / seconds, cpuSeconds, cpuSeconds / seconds, loadBefore, load(), s,
                    s.figures().table());
            return new Run(cores, s.articles(), seconds, cpuSeconds, loadBefore + " -> " + load());
        } finally {
            spark.stop();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
