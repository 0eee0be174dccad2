package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.pipeline.Pipeline;
import org.parley.store.SqliteStore;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts their events and stores them.",
                "Articles already stored (same text) are skipped. Each unreadable input is reported on one line"
                        + " and the batch goes on; the exit status is 1 if any failed."})
final class IngestCommand implements Callable<Integer> {

    private final Supplier<Pipeline> pipelines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Mixin
    private ThreadsOption threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (searched recursively).")
    private List<Path> paths;

    IngestCommand(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads.count();
        try (Store store = db.open()) {
            BatchRun batch = new BatchRun(pipelines, workers, new Progress(err, Terminal.stderrIsTerminal(), "ingest"));
            Set<String> seen = new HashSet<>(); // the same text twice in one batch is processed once
            BatchSummary s = batch.run(paths,
                    article -> !seen.add(article.contentHash()) || store.contains(article.contentHash()), store::save);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("read %d, stored %d, already stored %d, failed %d, events %d%n",
                    s.read(), s.saved(), s.skipped(), s.failed(), s.events());
            out.flush();
            return s.failed() > 0 ? Parley.FAILURE : 0;
        }
    }
}
