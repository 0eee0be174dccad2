package org.parley.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped office-holder table checked as a whole: codes, dates, duplicates and coverage. */
class OfficeHoldersDataTest {

    /**
     * Every country of the dev and wide gold sets (their {@code country} fields, collected once) and
     * every G20 member state. Written out so that the check does not depend on ../shared.
     */
    private static final List<String> REQUIRED = List.of(
            "ARG", "ARM", "AUS", "BRA", "CAN", "CHN", "DEU", "EGY", "FRA", "GBR", "GHA", "IDN", "IND", "IRN",
            "ITA", "JPN", "KAZ", "KEN", "KOR", "MEX", "NGA", "PAK", "PHL", "POL", "RUS", "SAU", "SYR", "TUR",
            "UGA", "UKR", "USA", "VNM", "ZAF");
    private static final List<Office> CORE = List.of(Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT, Office.FOREIGN_MINISTER);

    private static final List<OfficeHolder> ROWS = OfficeHolders.load().all();

    @Test
    void everyCountryIsAnIsoAlpha3Code() {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        assertEquals(List.of(), ROWS.stream().map(OfficeHolder::country).filter(c -> !iso.contains(c)).distinct().toList());
    }

    @Test
    void everyTermStartsBeforeItEndsAndTouchesThePeriod() {
        for (OfficeHolder h : ROWS) {
            assertTrue(h.term().end().map(e -> !e.isBefore(h.term().start())).orElse(true), h.toString());
            assertTrue(h.term().end().map(e -> e.getYear() >= 2012).orElse(true), "ends before 2012: " + h);
            assertTrue(h.term().start().getYear() <= 2026, h.toString());
        }
    }

    @Test
    void noRowIsRepeated() {
        Set<OfficeHolder> seen = new HashSet<>();
        List<OfficeHolder> repeated = ROWS.stream().filter(h -> !seen.add(h)).toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void speakersAndPartyLeadersNameTheirBody() {
        assertEquals(List.of(), ROWS.stream()
                .filter(h -> (h.office() == Office.SPEAKER || h.office() == Office.PARTY_LEADER) && h.body().isBlank())
                .toList());
    }

    @Test
    void oneOfficeHasOneHolderAtATime() {
        // terms of one office may touch on the handover day and coarse dates may overlap; longer overlaps are mistakes
        List<String> overlaps = new ArrayList<>();
        for (OfficeHolder a : ROWS) {
            for (OfficeHolder b : ROWS) {
                if (a != b && a.country().equals(b.country()) && a.office() == b.office() && a.body().equals(b.body())
                        && a.office() != Office.POLITBURO_STANDING_COMMITTEE && !presidentBesidePrimeMinister(a, b)
                        && a.term().start().isBefore(b.term().start())
                        && overlapDays(a.term(), b.term()) > 31 && !actingForSuspended(b) && !coarse(a.term().to())
                        && !coarse(b.term().from())) {
                    overlaps.add(a.name() + " / " + b.name() + " (" + a.country() + " " + a.office().code() + ")");
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    /** Months in which an office stood empty, as far as the author knows. */
    private static final Set<String> KNOWN_GAPS = Set.of(
            // the new president named no ministers for months
            "NGA foreign_minister 2015-06", "NGA foreign_minister 2015-07", "NGA foreign_minister 2015-08",
            "NGA foreign_minister 2015-09", "NGA foreign_minister 2015-10",
            "NGA foreign_minister 2023-06", "NGA foreign_minister 2023-07", "NGA foreign_minister 2023-08",
            // after Ara Aivazian resigned, a deputy minister acted (not listed)
            "ARM foreign_minister 2021-06", "ARM foreign_minister 2021-07", "ARM foreign_minister 2021-08",
            // weeks between a resignation or a government's end and the successor, officials acting (not listed)
            "KOR head_of_government 2025-06", "MEX foreign_minister 2023-06", "PAK foreign_minister 2013-04",
            "PAK foreign_minister 2013-05", "PAK foreign_minister 2022-04", "PAK foreign_minister 2023-08",
            "SYR foreign_minister 2024-12");

    @Test
    void everyRequiredCountryHasHeadsAndForeignMinisterEveryMonthOfThePeriod() {
        List<String> gaps = new ArrayList<>();
        for (String country : REQUIRED) {
            for (Office office : CORE) {
                for (LocalDate date = LocalDate.of(2012, 1, 15); date.getYear() <= 2025; date = date.plusMonths(1)) {
                    String month = country + " " + office.code() + " " + date.toString().substring(0, 7);
                    if (OfficeHolders.load().holding(country, office, date).isEmpty() && !KNOWN_GAPS.contains(month)) {
                        gaps.add(month);
                    }
                }
            }
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyNameAndAliasCanBeFoundAgain() {
        OfficeHolders table = OfficeHolders.load();
        Set<String> lost = new TreeSet<>();
        for (OfficeHolder h : ROWS) {
            for (String name : h.names()) {
                if (!table.lookup(name, Optional.of(h.term().start())).contains(h)) {
                    lost.add(name);
                }
            }
        }
        assertEquals(Set.of(), lost);
    }

    @Test
    void twoPeopleNeverShareOneNameAcrossCountries() {
        // one person may hold offices of several countries only as a monarch of several realms
        Set<String> monarchs = Set.of(NameKey.key("Elizabeth II"), NameKey.key("Charles III"));
        Map<String, Set<String>> countriesByName = new HashMap<>();
        for (OfficeHolder h : ROWS) {
            countriesByName.computeIfAbsent(NameKey.key(h.name()), k -> new TreeSet<>()).add(h.country());
        }
        assertEquals(Map.of(), countriesByName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !monarchs.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Kenya's grand-coalition and Uganda's prime ministers served beside a president who heads the government. */
    private static boolean presidentBesidePrimeMinister(OfficeHolder a, OfficeHolder b) {
        return a.office() == Office.HEAD_OF_GOVERNMENT && Set.of("KEN", "UGA").contains(a.country())
                && (a.note().startsWith("prime minister") || b.note().startsWith("prime minister"));
    }

    /** An acting holder while the holder is suspended (impeachment) overlaps the suspended term. */
    private static boolean actingForSuspended(OfficeHolder h) {
        return h.note().startsWith("acting");
    }

    private static boolean coarse(String partialDate) {
        return partialDate != null && partialDate.length() < 10;
    }

    private static long overlapDays(Term a, Term b) {
        LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDate endA = a.end().orElse(LocalDate.of(2100, 1, 1));
        LocalDate endB = b.end().orElse(LocalDate.of(2100, 1, 1));
        LocalDate end = endA.isBefore(endB) ? endA : endB;
        return end.toEpochDay() - start.toEpochDay();
    }
}
