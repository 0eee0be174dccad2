package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.ingest.admit.Admission;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (text, HTML pages, WARC, RSS/Atom files, JSON Lines; told apart by content),"
                + " extracts their events and stores them.",
                "An article with the same or near-identical text as one stored (the same story from another site)"
                        + " is not stored again: its URL is recorded as another source. Articles not in English are"
                        + " skipped. Each unreadable input is reported on one line and the batch goes on; a summary"
                        + " ends the run, and the exit status is 1 if anything failed."})
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
            Admission admission = Admission.against(store);
            BatchSummary s = batch.run(paths, admission, BatchRun.storing(admission, store));
            s.print(spec.commandLine().getOut(), "stored");
            return s.failed() > 0 ? Parley.FAILURE : 0;
        }
    }
}
