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
import org.parley.eval.Scorer;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts every *.txt of a gold folder and scores the result against its *.json (see GOLD.md).",
                "The last line printed is 'strict F1 X'."})
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
            + " folder, deleted afterwards).")
    private Path out;

    EvalCommand(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws Exception {
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
            PrintWriter err = spec.commandLine().getErr();
            BatchSummary s = ExtractCommand.extract(articles, predictions, knowledgeBase.pipelines(pipelines), threads.count(), err, "eval");
            err.printf("parley: extracted %d of %d articles, failed %d, events %d%n",
                    s.saved(), articles.size(), s.failed(), s.events());
            err.flush();
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(Scorer.score(gold, predictions).render(verbose));
            stdout.flush();
            return s.failed() > 0 ? Parley.FAILURE : 0;
        } finally {
            if (out == null) {
                deleteTree(predictions);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
