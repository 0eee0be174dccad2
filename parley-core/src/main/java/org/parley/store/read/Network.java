package org.parley.store.read;

import java.util.List;

/**
 * Who took part in events with whom: nodes weighted by events, edges by shared events.
 *
 * @param events    how many events the graph was drawn from
 * @param truncated whether only the most recent matching events, or the busiest nodes, were kept
 */
public record Network(String level, List<Node> nodes, List<Edge> edges, int events, boolean truncated) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A knowledge-base actor (id is its number; kind person or organisation) or a country (id is its code,
     * kind country).
     */
    public record Node(String id, String kind, String label, String country, int events) {
    }

    /** Two nodes and the number of events they share. */
    public record Edge(String source, String target, int weight) {
    }
}
