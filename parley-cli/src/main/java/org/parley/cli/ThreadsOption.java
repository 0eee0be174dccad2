package org.parley.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How many articles are read at once. */
public final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1, got " + n);
        }
        threads = n;
    }

    public int count() {
        return threads;
    }
}
