package org.parley.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameTokensTest {

    @Test
    void namesKeepTwoLetterWordsMechanismsDoNot() {
        assertEquals(List.of("xu", "ba"), NameTokens.nameTokens("Xu Ba"));
        assertEquals(Set.of(), NameTokens.normTokens("Xu Ba"));
        assertEquals(Set.of("round", "genovia", "freedonia", "dialogue"),
                NameTokens.normTokens("3rd Round of the Genovia-Freedonia Dialogue"));
    }

    @Test
    void accentsFoldAndNonLatinLettersVanish() {
        assertEquals(List.of("odile", "fenwright"), NameTokens.nameTokens("ÓDILE Fénwright"));
        assertEquals(List.of(), NameTokens.nameTokens("Тобиас"));
        assertEquals(List.of(), NameTokens.nameTokens(null));
    }

    @Test
    void oneWordMatchesAnyNameContainingIt() {
        assertTrue(NameTokens.samePerson("Quell", "Tobias Quell"));
        assertTrue(NameTokens.samePerson("Xu Ba", "Xu"));
    }

    @Test
    void otherWordsMayDifferBySpellingOnly() {
        assertTrue(NameTokens.samePerson("Ilse Marrow", "Ilse Marow"));       // distance 1
        assertTrue(NameTokens.samePerson("Rupert Valdane", "Ruperta Valdane")); // distance 1
        assertFalse(NameTokens.samePerson("Lena Ostrova", "Lena Bellweather"));
        assertTrue(NameTokens.samePerson("Tam Ro", "Tam Ro Hale"));           // nothing left on one side
        assertFalse(NameTokens.samePerson("Tam Ro", "Ro Tamsin"));
    }

    @Test
    void noSharedWordNoMatch() {
        assertFalse(NameTokens.samePerson("Odile Fenwright", "Tobias Quell"));
        assertFalse(NameTokens.samePerson(null, "Tobias Quell"));
    }

    @Test
    void editDistanceIsLevenshtein() {
        assertEquals(0, NameTokens.editDistance("quell", "quell"));
        assertEquals(1, NameTokens.editDistance("marrow", "marow"));
        assertEquals(3, NameTokens.editDistance("kitten", "sitting"));
        assertEquals(4, NameTokens.editDistance("", "abcd"));
    }
}
