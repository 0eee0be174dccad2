package org.parley.store.read;

import java.util.Objects;

/** Two different sides, in alphabetical order, so that CHN-RUS and RUS-CHN are one pair. */
public record CountryPair(String a, String b) {

    public CountryPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a pair needs two different countries, got " + a + " twice");
        }
        if (a.compareTo(b) > 0) {
            String first = b;
            b = a;
            a = first;
        }
    }

    public String label() {
        return a + "-" + b;
    }
}
