package org.parley.spark;

import org.parley.pipeline.Pipeline;

/**
 * The pipeline of this JVM: built on first use, then shared by every task the executor runs, so the
 * CoreNLP models (a few GB in memory, tens of seconds to load) load once per executor, not per task.
 */
final class Pipelines {

    private static Pipeline pipeline;

    private Pipelines() {
    }

    static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }
}
