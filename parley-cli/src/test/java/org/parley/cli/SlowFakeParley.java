package org.parley.cli;

/**
 * {@link Parley}'s command line with {@link FakePipeline} (300 ms an article) instead of CoreNLP, for
 * tests that must run the CLI as a separate process and kill it mid-batch. A test main class keeps
 * the shipped CLI free of hidden switches: this runs the same commands, batch and store code, and
 * only the pipeline supplier differs.
 */
public final class SlowFakeParley {

    private SlowFakeParley() {
    }

    public static void main(String[] args) {
        System.exit(Parley.commandLine(() -> FakePipeline.create(300)).execute(args));
    }
}
