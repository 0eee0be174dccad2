package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.server.bench.ApiBench;
import org.parley.server.bench.SyntheticDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"Times GET /api/events (filtered), monthly counts, actor list and profiles, event pages over HTTP on loopback against a generated database.",
                "Generates FILE with --events invented events unless it exists, then prints p50/p95/p99/max."})
final class BenchApiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "bench-api.db",
            description = "Benchmark database, generated when absent (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Events to generate (default: ${DEFAULT-VALUE}).")
    private int events;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "2000",
            description = "Timed requests (default: ${DEFAULT-VALUE}), after 200 untimed.")
    private int requests;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || requests < 1) {
            throw new IllegalArgumentException("--events and --requests must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(db)) {
            err.printf("parley: generating %,d events into %s%n", events, db);
            err.flush();
            long start = System.nanoTime();
            new SyntheticDesk(seed).write(db, events);
            err.printf(Locale.ROOT, "parley: generated in %.0f s (%.0f MB)%n", (System.nanoTime() - start) / 1e9,
                    Files.size(db) / 1e6);
        } else {
            err.printf("parley: reusing %s%n", db);
        }
        err.flush();
        new ApiBench(seed).run(db, 200, requests, spec.commandLine().getOut());
        return 0;
    }
}
