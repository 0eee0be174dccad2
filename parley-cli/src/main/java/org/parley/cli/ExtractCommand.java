package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.ingest.admit.Admission;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads articles and writes what is extracted from each to DIR/<id>.json (the gold format).",
                "Nothing is stored. Inputs are read as for ingest: a copy of an article read earlier in the run,"
                        + " and an article not in English, are passed over and listed in the summary. Bad inputs are"
                        + " reported one per line; the exit status is 1 if any failed."})
final class ExtractCommand implements Callable<Integer> {

    private final Supplier<Pipeline> pipelines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (searched recursively).")
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the JSON files.")
    private Path out;

    ExtractCommand(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws Exception {
        BatchSummary s = extract(paths, out, knowledgeBase.pipelines(pipelines), threads.count(), spec.commandLine().getErr(), "extract");
        s.print(spec.commandLine().getOut(), "written");
        return s.failed() > 0 ? Parley.FAILURE : 0;
    }

    /** Extracts every article under {@code paths} into {@code out}; shared with {@code eval}. */
    static BatchSummary extract(List<Path> paths, Path out, Supplier<Pipeline> pipelines, int threads,
                                PrintWriter err, String label) throws Exception {
        BatchRun batch = new BatchRun(pipelines, threads, new Progress(err, Terminal.stderrIsTerminal(), label));
        return batch.run(paths, Admission.withinRun(), new ExtractionFiles(out));
    }
}
