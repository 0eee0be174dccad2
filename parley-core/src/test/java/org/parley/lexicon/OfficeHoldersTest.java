package org.parley.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names as articles write them, matched against the shipped office-holder table and small written ones. */
class OfficeHoldersTest {

    private static final OfficeHolders TABLE = OfficeHolders.load();

    private static Optional<LocalDate> on(String date) {
        return Optional.of(LocalDate.parse(date));
    }

    private static String first(String name, Optional<LocalDate> date) {
        List<OfficeHolder> found = TABLE.lookup(name, date);
        assertFalse(found.isEmpty(), "no match for " + name);
        return found.get(0).name();
    }

    @Test
    void middleInitialsAndMiddleNamesAreTolerated() {
        assertEquals("Antony Blinken", first("Antony J. Blinken", Optional.empty()));
        assertEquals("Sergey Lavrov", first("Sergey Viktorovich Lavrov", Optional.empty()));
        assertEquals("Kassym-Jomart Tokayev", first("Kassym-Jomart Kemelevich Tokayev", Optional.empty()));
    }

    @Test
    void honorificsAndTitlesInFrontAreDropped() {
        assertEquals("Ali Khamenei", first("Seyed Ali Khamenei", Optional.empty()));
        assertEquals("Ali Khamenei", first("Grand Ayatollah Ali Khamenei", Optional.empty()));
        assertEquals("Faisal bin Farhan Al Saud", first("Prince Faisal bin Farhan", Optional.empty()));
        assertEquals("Mohammed bin Salman Al Saud", first("H.E. Crown Prince Mohammed bin Salman", Optional.empty()));
        assertEquals("S. Jaishankar", first("Dr. S. Jaishankar", Optional.empty()));
        assertEquals("Keir Starmer", first("Sir Keir Starmer", Optional.empty()));
    }

    @Test
    void accentsAndCaseFoldAndTransliterationsMeet() {
        assertEquals("Luiz Inácio Lula da Silva", first("LUIZ INACIO LULA DA SILVA", Optional.empty()));
        assertEquals("Recep Tayyip Erdoğan", first("Recep Tayyip Erdogan", Optional.empty()));
        assertEquals("Valentina Matviyenko", first("Valentina Matvienko", Optional.empty()));
        assertEquals("Sergey Shoigu", first("Sergei Shoigu", on("2020-01-01")));
        assertEquals("Volodymyr Zelenskyy", first("Volodymyr Zelensky", Optional.empty()));
    }

    @Test
    void shorterAndLongerFormsOfOneNameMatch() {
        assertEquals("Luiz Inácio Lula da Silva", first("Lula da Silva", Optional.empty()));
        assertEquals("Luiz Inácio Lula da Silva", first("Luiz Inacio Lula", Optional.empty()));
        assertEquals("Faisal bin Farhan Al Saud", first("Faisal bin Farhan", Optional.empty()));
        assertEquals("Joko Widodo", first("Jokowi", Optional.empty()));
    }

    @Test
    void aSurnameAloneMatchesNothing() {
        assertTrue(TABLE.lookup("Lavrov", Optional.empty()).isEmpty());
        assertTrue(TABLE.lookup("Mr. Lavrov", Optional.empty()).isEmpty());
        assertTrue(TABLE.lookup("Dr. Jaishankar", Optional.empty()).isEmpty());
        assertEquals(Optional.empty(), TABLE.countryOf("Putin", Optional.empty()));
    }

    @Test
    void aNameSharingOnlyOneWordMatchesNoOne() {
        assertTrue(TABLE.lookup("Wang Yi", Optional.empty()).stream().allMatch(h -> h.name().equals("Wang Yi")));
        assertTrue(TABLE.lookup("Wang Huning", Optional.empty()).stream().allMatch(h -> h.name().equals("Wang Huning")));
        assertTrue(TABLE.lookup("Li Qiang", Optional.empty()).stream().allMatch(h -> h.name().equals("Li Qiang")));
        assertTrue(TABLE.lookup("Wang Lin", Optional.empty()).isEmpty());
        assertTrue(TABLE.lookup("Mohammed bin Zayed", Optional.empty()).isEmpty());
        assertTrue(TABLE.lookup("Prince Faisal", Optional.empty()).isEmpty());
    }

    @Test
    void theTermHeldOnTheDateComesFirst() {
        assertEquals(Office.DEFENCE_MINISTER, TABLE.lookup("Sergei Shoigu", on("2020-06-01")).get(0).office());
        assertEquals(Office.SECURITY_COUNCIL_SECRETARY, TABLE.lookup("Sergei Shoigu", on("2025-02-01")).get(0).office());
        assertEquals(Office.HEAD_OF_GOVERNMENT, TABLE.lookup("Dmitry Medvedev", on("2015-03-01")).stream()
                .filter(h -> h.office() != Office.PARTY_LEADER).findFirst().orElseThrow().office());
        assertEquals(Office.HEAD_OF_STATE, TABLE.lookup("Dmitry Medvedev", on("2012-01-15")).get(0).office());
        assertEquals(Office.FOREIGN_MINISTER, TABLE.lookup("Fumio Kishida", on("2015-01-01")).get(0).office());
        assertEquals(Office.HEAD_OF_GOVERNMENT, TABLE.lookup("Fumio Kishida", on("2023-01-01")).stream()
                .filter(h -> h.office() != Office.PARTY_LEADER).findFirst().orElseThrow().office());
    }

    @Test
    void withoutADateTheLatestTermComesFirst() {
        List<OfficeHolder> terms = TABLE.lookup("Wang Yi", Optional.empty());
        assertTrue(terms.size() >= 3, terms.toString());
        assertEquals(LocalDate.of(2023, 7, 25), terms.stream().filter(h -> h.office() == Office.FOREIGN_MINISTER)
                .findFirst().orElseThrow().term().start());
    }

    @Test
    void countryIsAnsweredOnlyWhenEveryMatchAgrees() {
        assertEquals(Optional.of("RUS"), TABLE.countryOf("Sergei Lavrov", Optional.empty()));
        assertEquals(Optional.of("SAU"), TABLE.countryOf("Prince Faisal bin Farhan", on("2024-05-01")));
        // the King reigns in several realms
        assertEquals(Optional.empty(), TABLE.countryOf("King Charles III", on("2024-05-01")));
        assertEquals(Optional.empty(), TABLE.countryOf("John Smith", Optional.empty()));
    }

    @Test
    void whoHeldAnOfficeOnADate() {
        assertEquals(List.of("Qin Gang"), TABLE.holding("CHN", Office.FOREIGN_MINISTER, LocalDate.of(2023, 5, 1))
                .stream().map(OfficeHolder::name).toList());
        assertEquals(List.of("Valentina Matviyenko", "Vyacheslav Volodin"),
                TABLE.holding("RUS", Office.SPEAKER, LocalDate.of(2024, 1, 1)).stream().map(OfficeHolder::name).toList());
    }

    @Test
    void aCoarseDateCoversItsWholePeriod() throws IOException {
        OfficeHolders table = OfficeHolders.of(new StringReader(
                "XXX\tforeign_minister\t\tAnna Berg\t\t2013\t2014-06\t\n".replace("XXX", "NOR")), "test.tsv");
        Term term = table.all().get(0).term();
        assertTrue(term.contains(LocalDate.of(2013, 1, 1)));
        assertTrue(term.contains(LocalDate.of(2014, 6, 30)));
        assertFalse(term.contains(LocalDate.of(2014, 7, 1)));
        assertEquals(List.of("Anna Berg"), table.lookup("Anna K. Berg", on("2013-05-01")).stream().map(OfficeHolder::name).toList());
    }

    @Test
    void aMalformedRowIsRejectedNamingFileAndLine() {
        assertRejected("# header\nNOR\tforeign_minister\t\tAnna Berg\t\t2013\n", "rows.tsv line 2: expected 7 or 8");
        assertRejected("\nNORX\tforeign_minister\t\tAnna Berg\t\t2013\t\t\n", "rows.tsv line 2: country 'NORX'");
        assertRejected("NOR\tking\t\tAnna Berg\t\t2013\t\t\n", "rows.tsv line 1: office 'king' is not one of");
        assertRejected("NOR\tforeign_minister\t\tAnna Berg\t\t2013-13\t\t\n", "rows.tsv line 1: date '2013-13'");
        assertRejected("NOR\tforeign_minister\t\tAnna Berg\t\t2015\t2014\t\n", "rows.tsv line 1: term ends (2014)");
        assertRejected("NOR\tforeign_minister\t\tAnna Berg\t\t\t\t\n", "rows.tsv line 1: a term needs a start date");
        assertRejected("NOR\tforeign_minister\t\tAnna Berg\tBerg\t2013\t\t\n", "rows.tsv line 1: alias 'Berg' is one word");
    }

    private static void assertRejected(String tsv, String messageStart) {
        OfficeHolderFormatException e = assertThrows(OfficeHolderFormatException.class,
                () -> OfficeHolders.of(new StringReader(tsv), "rows.tsv"));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }

    @Test
    void aNameWordAnswersOnlyWhenOneCountryBearsIt() {
        OfficeHolders bundled = OfficeHolders.load();
        assertEquals(Optional.of("RUS"), bundled.countryOfNameWord("Lavrov"));
        assertEquals(Optional.of("CHN"), bundled.countryOfNameWord("Xi"));
        assertTrue(bundled.countryOfNameWord("Nobodyknown").isEmpty());
        assertTrue(OfficeHolders.none().countryOfNameWord("Lavrov").isEmpty());
    }

    @Test
    void knowsANameWordForWordNotAPhraseAroundIt() {
        OfficeHolders bundled = OfficeHolders.load();
        assertTrue(bundled.knowsName("Sergei Lavrov"));
        assertFalse(bundled.knowsName("Lavrov said"));
        assertFalse(OfficeHolders.none().knowsName("Sergei Lavrov"));
    }
}
