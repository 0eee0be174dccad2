package org.parley.model;

import java.util.Locale;

/**
 * The channel an exchange runs through: which branch of each side's state (or party) carries it. Declared
 * from the most to the least specific: when the participants of one occasion hold offices of several
 * channels, the first of them names the occasion's channel, so that a speaker received by a president
 * counts as parliamentary diplomacy and a foreign minister received by a president as the foreign ministry's.
 */
public enum Channel {
    PARTY, PARLIAMENT, DEFENCE, REGIONAL, FOREIGN_MINISTRY, HEAD_OF_STATE, GOVERNMENT, OTHER;

    /** "foreign-ministry", as stored and as the API and CLI take it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** From a label ("head-of-state") or a constant name ("HEAD_OF_STATE"), any case. */
    public static Channel parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The position in the order above, what the store ranks an occasion's sources by. */
    public int rank() {
        return ordinal() + 1;
    }
}
