package org.parley.cli;

import java.util.function.Supplier;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * {@code --no-kb}: read every side from the text alone, without the office-holder table. The side
 * figures with and without it show how far the reasoning from the text carries on its own.
 */
public final class KnowledgeBaseOption {

    @Option(names = "--no-kb", description = "Do not use the office-holder knowledge base for sides (the text alone).")
    private boolean off;

    /** The pipelines to use: {@code standard}, or the standard pipeline without the knowledge base. */
    Supplier<Pipeline> pipelines(Supplier<Pipeline> standard) {
        return off ? textAlone() : standard;
    }

    /** Whether {@code --no-kb} was given. */
    boolean off() {
        return off;
    }

    /** The standard pipeline without the knowledge base, whatever was given. */
    static Supplier<Pipeline> textAlone() {
        return Pipeline::withoutKnowledgeBase;
    }
}
