package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.clean.CleanAssertions.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {

    private static final String BODY = "The foreign ministers of the two countries met on Monday and agreed to open new consulates soon.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "HANOI, March 3 (VNA) --              | HANOI        | -    | 3  | 3",
        "OSLO, January 27. /NTB/.             | OSLO         | -    | 1  | 27",
        "VALPARAISO, Sept. 4 (Newswire) --    | VALPARAISO   | -    | 9  | 4",
        "Accra, November 22nd—                | Accra        | -    | 11 | 22",
        "Accra, July 17th –                   | Accra        | -    | 7  | 17",
        "NEW DELHI, Aug 3 (Wire) -            | NEW DELHI    | -    | 8  | 3",
        "LIMA -                               | LIMA         | -    | -  | -",
        "LIMA (Newswire) -                    | LIMA         | -    | -  | -",
        "Lima (Newswire) -                    | Lima         | -    | -  | -",
        "LIMA --                              | LIMA         | -    | -  | -",
        "LIMA:                                | LIMA         | -    | -  | -",
        "Nairobi:                             | Nairobi      | -    | -  | -",
        "July 12, 2023 QUITO –                | QUITO        | 2023 | 7  | 12",
        "OSLO (Daily News / Wire - 04th August, 2023) | OSLO | 2023 | 8  | 4",
        "Accra, (GNA - Ghana Point News - 5th Nov, 2024) | Accra | 2024 | 11 | 5",
        "ST. PETERSBURG, June 6 (Wire) --     | ST. PETERSBURG | - | 6  | 6",
        "CAIRO, SEPT. 9 (Wire) --             | CAIRO        | -    | 9  | 9",
    })
    void agencyDatelineOpeningTheStoryIsFound(String dateline, String place, Integer year, Integer month, Integer day) {
        String text = "Ministers meet\n" + dateline + " " + BODY;
        Dateline d = DatelineFinder.find(text);
        assertEquals(new Dateline(place, year, month, day, d.start(), d.end()), d);
        assertEquals(dateline, text.substring(d.start(), d.end()), "span covers the dateline");
    }

    @Test
    void datelineGluedToTheFirstWordIsFound() {
        Dateline d = DatelineFinder.find("MOSCOW:Officials of the two countries met on Monday and agreed to open new consulates.");
        assertEquals("MOSCOW", d.place());
        d = DatelineFinder.find("LIMA (Newswire) -Officials of the two countries met on Monday and agreed to open new consulates.");
        assertEquals("LIMA", d.place());
    }

    @Test
    void datelineWithAFullDateGivesTheYear() {
        Dateline d = DatelineFinder.find("ASTANA, 14 March 2025 – " + BODY);
        assertEquals("ASTANA", d.place());
        assertEquals(2025, d.year());
        assertEquals(3, d.month());
        assertEquals(14, d.day());
        d = DatelineFinder.find("Lusaka, July 10, 2024 (ZNBC) -- " + BODY);
        assertEquals("Lusaka", d.place());
        assertEquals(2024, d.year());
        assertEquals(7, d.month());
        assertEquals(10, d.day());
        // words that merely contain a date are no dateline's date
        d = DatelineFinder.find("LIMA, officials said on 4 May 2023 - " + BODY);
        assertEquals(null, d.year());
    }

    @Test
    void cityAloneOnTheLineAboveTheStoryIsADateline() {
        String text = "Ghana and Peru open consulates\nACCRA\n" + BODY;
        Dateline d = DatelineFinder.find(text);
        assertEquals("ACCRA", d.place());
        assertEquals("ACCRA", text.substring(d.start(), d.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Title: The foreign ministers of the two countries met on Monday and agreed to open new consulates.",
        "UPDATE: The foreign ministers of the two countries met on Monday and agreed to open new consulates.",
        "Photo: The foreign ministers of the two countries met on Monday and agreed to open new consulates.",
        "Ghana - Peru talks",
        "Ana Rojas (left) meets the foreign minister of Ghana in Accra on Monday to talk about new consulates.",
        "(Newswire) — The foreign ministers of the two countries met on Monday and agreed to open new consulates.",
        "The foreign ministers of Ghana and Peru met in Accra, July 17 – the first such meeting in years, officials said.",
        "LIMA-QUITO rail plan was discussed on Monday when the foreign ministers of the two countries met in the city.",
    })
    void linesThatOnlyLookLikeDatelinesAreNot(String line) {
        assertNull(DatelineFinder.find("Ministers meet\n" + line).place());
    }

    @Test
    void datelineFarDownTheStoryIsIgnored() {
        String text = (BODY + "\n").repeat(5) + "LIMA (Newswire) - " + BODY;
        assertEquals(Dateline.NONE, DatelineFinder.find(text));
    }

    @Test
    void datelineStaysInTheCleanedTextAndItsSpanPointsAtIt() {
        CleanText c = clean("Ministers meet\n\nHANOI, March 3 (VNA) -- " + BODY);
        assertEquals("HANOI, March 3 (VNA) --", c.text().substring(c.dateline().start(), c.dateline().end()));
        assertEquals("HANOI", c.dateline().place());
    }
}
