package org.parley.ingest;

import java.util.Map;
import java.util.TreeMap;

/** Reasons for passing over records, counted; thread-safe, read as a sorted snapshot. */
final class SkipCounts {

    private final Map<String, Long> counts = new TreeMap<>();

    synchronized void add(String reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    synchronized Map<String, Long> snapshot() {
        return Map.copyOf(counts);
    }
}
