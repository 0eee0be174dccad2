package org.parley.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared honorific list, as NameKey applies it to every person name. */
class NameWordsTest {

    @Test
    void formsOfAddressAreAlwaysDropped() {
        assertEquals(List.of("lavrov"), NameKey.tokens("Mr. Lavrov"));
        assertEquals(List.of("s", "jaishankar"), NameKey.tokens("H.E. Dr. S. Jaishankar"));
        assertEquals(List.of(), NameKey.tokens("Sir"));
    }

    @Test
    void stylesAreDroppedOnlyBeforeAtLeastTwoWords() {
        assertEquals(List.of("faisal", "bin", "farhan"), NameKey.tokens("Prince Faisal bin Farhan"));
        assertEquals(List.of("ali", "khamenei"), NameKey.tokens("Grand Ayatollah Seyed Ali Khamenei"));
        assertEquals(List.of("asim", "munir"), NameKey.tokens("Field Marshal Syed Asim Munir"));
        // one word left would be a bare given name: the title stays part of the name
        assertEquals(List.of("king", "charles"), NameKey.tokens("King Charles"));
        assertEquals(List.of("prince", "william"), NameKey.tokens("HRH Prince William"));
    }

    @Test
    void onlyTheStartOfANameIsStripped() {
        assertEquals(List.of("hossein", "amir", "abdollahian"), NameKey.tokens("Hossein Amir-Abdollahian"));
        assertEquals(List.of("allan", "velasco"), NameKey.tokens("Lord Allan Velasco"));
    }

    @Test
    void particlesAreKnown() {
        assertTrue(NameWords.particle("bin"));
        assertTrue(NameWords.particle("da"));
        assertFalse(NameWords.particle("abdel"));
    }
}
