package org.parley.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from outside the build (the shared evaluation folder, python3, Chromium,
 * a PostgreSQL server). On a developer's machine its absence skips the test with the reason; in CI
 * (`CI=true`) it fails the test, so that a run which checked nothing cannot pass.
 */
public final class Prerequisite {

    private Prerequisite() {
    }

    /** @param missing what is absent and how to provide it, for the skip or failure message */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (inCi()) {
            fail("CI=true, so this cannot be skipped: " + missing);
        }
        Assumptions.assumeTrue(false, missing);
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
