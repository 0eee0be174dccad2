package org.parley.cli;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrerequisiteTest {

    @Test
    void aMissingPrerequisiteFailsInCiAndSkipsElsewhere() {
        Throwable t = assertThrows(Throwable.class, () -> Prerequisite.require(false, "no widget (install one)"));
        assertEquals(Prerequisite.inCi() ? AssertionFailedError.class : TestAbortedException.class, t.getClass());
        assertTrue(t.getMessage().contains("no widget (install one)"), t.getMessage());
    }

    @Test
    void aPresentPrerequisiteLetsTheTestRun() {
        Prerequisite.require(true, "unused");
    }
}
