package org.parley.model;

import java.util.Locale;

/** Whether the text reports the exchange as having happened or as announced, expected, hoped for. */
public enum EventStatus {
    OCCURRED, PLANNED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
