package org.parley.extract;

import java.util.Set;

/**
 * One step of the extract stage: reads the layers it {@link #requires()} of a document and returns the
 * document with the layers it {@link #assigns()} added. It changes no layer another step assigned.
 */
interface Component {

    Set<Layer> requires();

    Set<Layer> assigns();

    ExtractDoc apply(ExtractDoc doc);
}
