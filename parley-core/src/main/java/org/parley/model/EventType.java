package org.parley.model;

import java.util.Locale;

/** The small ontology of diplomatic exchanges (see GOLD.md). */
public enum EventType {
    MEETING, VISIT, CALL, SESSION, AGREEMENT, MESSAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
