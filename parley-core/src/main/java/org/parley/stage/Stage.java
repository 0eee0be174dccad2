package org.parley.stage;

/**
 * One step of the pipeline. Its contract is its types: what it requires is {@code I}, what it
 * provides is {@code O}, so a pipeline that runs stages out of order does not compile.
 */
public interface Stage<I, O> {

    O apply(I input);

    /** Short name for progress and error messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
