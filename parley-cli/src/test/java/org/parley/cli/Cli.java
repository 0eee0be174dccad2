package org.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;

/** Runs the command line in this JVM, capturing what it prints. */
final class Cli {

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private Cli() {
    }

    static Result run(Supplier<Pipeline> pipelines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Parley.commandLine(pipelines);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(FakePipeline::create, args);
    }
}
