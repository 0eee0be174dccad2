package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.nlp.time.Tagging.d;

import org.junit.jupiter.api.Test;
import org.parley.clean.Dateline;
import org.parley.model.DateSource;

class DateContextTest {

    @Test
    void datelineDayBeatsPublishedDate() {
        DateContext c = DateContext.of("SUVA, Sept. 4 (Wire) -- Fiji met Tonga on Wednesday.", d("2024-09-05"),
                new Dateline("SUVA", null, 9, 4));
        assertEquals(d("2024-09-04"), c.anchor());
        assertEquals(DateSource.ARTICLE_DATE, c.anchorSource());
        assertEquals(2024, c.yearHint());
    }

    @Test
    void datelineInDecemberPublishedInJanuaryIsLastYear() {
        DateContext c = DateContext.of("text", d("2024-01-02"), new Dateline("RIGA", null, 12, 31));
        assertEquals(d("2023-12-31"), c.anchor());
    }

    @Test
    void datelineWithItsOwnYear() {
        DateContext c = DateContext.of("text", d("2023-07-20"), new Dateline("LIMA", 2023, 7, 12));
        assertEquals(d("2023-07-12"), c.anchor());
    }

    @Test
    void datelineWithoutPublishedTakesTheYearOfTheTextsDates() {
        DateContext c = DateContext.of("Photo: Chile's president in Lima, Peru, May 3, 2022. LIMA, May 4 -- ...", null,
                new Dateline("LIMA", null, 5, 4));
        assertEquals(d("2022-05-04"), c.anchor());
    }

    @Test
    void publishedWithoutDateline() {
        DateContext c = DateContext.of("Fiji met Tonga on Monday.", d("2024-07-08"), Dateline.NONE);
        assertEquals(d("2024-07-08"), c.anchor());
        assertEquals(DateSource.ARTICLE_DATE, c.anchorSource());
    }

    @Test
    void withoutPublishedTheLatestFullDateInTheTextIsTheAnchor() {
        String text = "Caption: Chile's president meets Peru's in Lima, Peru, July 10, 2024.\n"
                + "Caption: the two sign a pact in Cusco, July 11, 2024.\n"
                + "Chile's president met Peru's president on Wednesday, and in 2019 they met too.";
        DateContext c = DateContext.of(text, null, Dateline.NONE);
        assertEquals(d("2024-07-11"), c.anchor());
        assertEquals(DateSource.INFERRED_YEAR, c.anchorSource());
        assertEquals(2024, c.yearHint());
    }

    @Test
    void withoutAnyFullDateTheMostCommonYearIsTheHint() {
        DateContext c = DateContext.of("In March 2021 and in May 2021 they met; in June 2019 they spoke.", null, Dateline.NONE);
        assertNull(c.anchor());
        assertEquals(DateSource.NONE, c.anchorSource());
        assertEquals(2021, c.yearHint());
    }

    @Test
    void nothingAtAll() {
        DateContext c = DateContext.of("The two ministers met on November 25.", null, Dateline.NONE);
        assertNull(c.anchor());
        assertNull(c.yearHint());
    }
}
