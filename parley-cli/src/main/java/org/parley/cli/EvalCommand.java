package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.eval.ComponentReport;
import org.parley.eval.ComponentScorer;
import org.parley.eval.ScoreReport;
import org.parley.eval.Scorer;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts every *.txt of a gold folder and scores the result against its *.json (see GOLD.md).",
                "The last line printed is 'strict F1 X'. With --components the figures per part of extraction come"
                        + " first (the articles are extracted a second time without the knowledge base for them)."})
final class EvalCommand implements Callable<Integer> {

    private final Supplier<Pipeline> pipelines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    @Parameters(paramLabel = "GOLD_DIR", description = "Folder of ID.txt articles with their ID.json annotations.")
    private Path gold;

    @Option(names = "--verbose", description = "Also list what was missed or wrong, article by article.")
    private boolean verbose;

    @Option(names = "--out", paramLabel = "DIR", description = "Keep the predictions here (default: a temporary"
            + " folder, deleted afterwards); with --components those made without the knowledge base in DIR/no-kb.")
    private Path out;

    @Option(names = "--components", description = "Also print trigger recall and precision, participants found,"
            + " side right with and without the knowledge base, status, date and place right (see README).")
    private boolean components;

    EvalCommand(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws Exception {
        if (components && knowledgeBase.off()) {
            throw new ParameterException(spec.commandLine(), "--components measures sides with and without the"
                    + " knowledge base: leave out --no-kb");
        }
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException(gold + ": not a folder");
        }
        List<Path> articles;
        try (Stream<Path> files = Files.list(gold)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(gold + ": no .txt articles in this folder");
        }
        Path predictions = out != null ? out : Files.createTempDirectory("parley-eval");
        try {
            int failed = extract(articles, predictions, knowledgeBase.pipelines(pipelines), "eval", "");
            PrintWriter stdout = spec.commandLine().getOut();
            ScoreReport report = Scorer.score(gold, predictions);
            if (components) {
                Path textAlone = Files.createDirectories(predictions.resolve("no-kb"));
                failed += extract(articles, textAlone, KnowledgeBaseOption.textAlone(), "eval --no-kb", " without the knowledge base");
                ScoreReport withoutKb = Scorer.score(gold, textAlone, line -> { });
                ComponentReport parts = new ComponentReport(ComponentScorer.score(gold, predictions), report, withoutKb);
                parts.lines().forEach(line -> stdout.print(line + "\n"));
            }
            stdout.print(report.render(verbose));
            stdout.flush();
            return failed > 0 ? Parley.FAILURE : 0;
        } finally {
            if (out == null) {
                deleteTree(predictions);
            }
        }
    }

    /** Extracts into {@code into}, reports on stderr; returns how many failed. */
    private int extract(List<Path> articles, Path into, Supplier<Pipeline> with, String label, String how)
            throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BatchSummary s = ExtractCommand.extract(articles, into, with, threads.count(), err, label);
        err.printf("parley: extracted %d of %d articles%s, failed %d, events %d%n",
                s.saved(), articles.size(), how, s.failed(), s.events());
        err.flush();
        return s.failed();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
