package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonClusterTest {

    private static boolean same(String a, String b) {
        return PersonCluster.sameName(PersonCluster.tokens(a), PersonCluster.tokens(b));
    }

    @Test
    void surnameJoinsTheFullName() {
        assertTrue(same("Lavrov", "Sergey Lavrov"));
        assertTrue(same("Zhao", "Zhao Leji"));
    }

    @Test
    void transliterationVariantsAreOnePerson() {
        assertTrue(same("Sergei Lavrov", "Sergey Lavrov"));
        assertTrue(same("Valentina Matvienko", "Valentina Matviyenko"));
        assertTrue(same("Matvienko", "Valentina Matviyenko"));
    }

    @Test
    void sharedSurnameWithDifferentGivenNamesIsTwoPeople() {
        assertFalse(same("Wang Yi", "Wang Huning"));
        assertFalse(same("Li Qiang", "Li Keqiang"));
    }
}
