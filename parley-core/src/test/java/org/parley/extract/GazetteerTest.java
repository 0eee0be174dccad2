package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.get();

    @Test
    void demonymBeatsCityInATitle() {
        assertEquals(Optional.of("RUS"), g.sideOf(List.of("Russian", "Consul-General", "in", "Harbin")));
    }

    @Test
    void institutionsNameTheirCountry() {
        assertEquals(Optional.of("RUS"), g.sideOf(List.of("chairman", "of", "the", "State", "Duma")));
        assertEquals(Optional.of("CHN"), g.sideOf(List.of("National", "People", "'s", "Congress")));
    }

    @Test
    void shortCapitalFormsMatchOnlyInTheirOwnCase() {
        assertEquals(Optional.of("USA"), g.sideOf(List.of("US", "Secretary", "of", "State")));
        assertEquals(Optional.empty(), g.sideOf(List.of("told", "us", "later")));
    }

    @Test
    void hyphenatedAdjectiveNamesItsFirstPart() {
        assertEquals(Optional.of("RUS"), g.sideOf(List.of("Russian-led", "bloc")));
    }

    @Test
    void capitalsAndPlaces() {
        assertEquals(Optional.of("Moscow"), g.capitalOf("RUS"));
        assertTrue(g.isPlace("Nairobi"));
        assertFalse(g.isPlace("Chancellor"));
        assertEquals("KEN", g.countryOfPlace("Nairobi"));
    }
}
