package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Extraction;
import org.parley.model.ExtractionJson;
import org.parley.model.FuzzyDate;
import org.parley.model.Person;
import org.parley.pipeline.Pipeline;

/**
 * Articles written for these tests (other countries, outlets and phrasings than the dev set), run
 * through the whole pipeline with CoreNLP; the expected events are written out literally.
 */
class ExtractionEndToEndTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = Pipeline.standard();
    }

    @Test
    void phoneCallResolvesMondayAgainstTheDateline() {
        // "agreed to meet on the sidelines of the ASEAN summit": a planned meeting, and the gathering both
        // will attend (GOLD.md, multilateral gatherings)
        assertRows("vn-jp-call.txt",
                "call occurred 2025-03-03 [Pham Minh Chinh/VNM, Shigeru Ishiba/JPN]",
                "meeting planned 2025 [Pham Minh Chinh/VNM, Shigeru Ishiba/JPN]",
                "session planned 2025 [Pham Minh Chinh/VNM, Shigeru Ishiba/JPN]");
    }

    @Test
    void stateVisitTakesItsLengthAndHostAndKeepsAnEarlierVisitApart() {
        assertRows("za-br-visit.txt",
                "visit occurred 2024-10-15..2024-10-17 [Cyril Ramaphosa/ZAF, Luiz Inacio Lula da Silva/BRA]",
                "meeting planned 2024-10-16 [Luiz Inacio Lula da Silva/BRA, Cyril Ramaphosa/ZAF]",
                "agreement planned 2024-10-16 [Cyril Ramaphosa/ZAF, Luiz Inacio Lula da Silva/BRA]",
                "visit occurred 2023 [Cyril Ramaphosa/ZAF]");
    }

    @Test
    void counterpartMessageAndPlannedRoundOfConsultations() {
        assertRows("eg-sa-meeting.txt",
                "meeting occurred 2025-02-09 [Badr Abdelatty/EGY, Prince Faisal bin Farhan/SAU]",
                "message occurred 2025-02-09 [Abdel Fattah el-Sisi/EGY, Mohammed bin Salman/SAU]",
                "session planned 2025-04 [Badr Abdelatty/EGY, Prince Faisal bin Farhan/SAU]");
    }

    @Test
    void spokesmanWhoAnnouncesIsNotAParticipant() {
        assertRows("de-pl-planned.txt",
                "visit planned 2025-05 [Friedrich Merz/DEU]",
                "meeting planned 2025-05 [Friedrich Merz/DEU, Donald Tusk/POL]",
                "meeting occurred 2025-03 [Friedrich Merz/DEU, Donald Tusk/POL]");
    }

    @Test
    void numberedSessionAndSigningByTheTwoSides() {
        assertRows("vn-la-session.txt",
                "session occurred 2024-01-11 [Tran Hong Ha/VNM, Saleumxay Kommasith/LAO]",
                "agreement occurred 2024-01-11 [Tran Hong Ha/VNM, Saleumxay Kommasith/LAO]");
    }

    @Test
    void talksHeldAtANumberedCommissionAreTheCommissionInTheirTenseAndOnTheirDay() {
        assertRows("ke-eg-commission.txt",
                "visit planned 2025-03-04..2025-03-05 [Badr Abdelatty/EGY]",
                "session planned 2025-03-05 [Badr Abdelatty/EGY, Musalia Mudavadi/KEN]");
    }

    @Test
    void aMessageIsFromWhoeverItIsFromNotFromItsCourierAndAheadWithTheTripThatCarriesIt() {
        // the office before the rank names the sender's country; the dateline's dash ends no title
        assertRows("bo-pe-envoy.txt",
                "visit planned 2025-05-12 [Andrea Quispe/BOL]",
                "message planned 2025-05-12 [Ana Villca/BOL, Dina Boluarte/PER]",
                "message occurred 2025-05-09 [Dina Boluarte/PER, Ana Villca/BOL]");
    }

    @Test
    void meetingsAndCallsToldByWhomTheyBroughtTogetherAndWhatTheyWereFor() {
        // "brought together"; a session "coinciding" with the talks is on their day, its co-chair "alongside";
        // "thanked X for a call"; congratulations that are a call's purpose are part of the call
        assertRows("ke-tz-parliaments.txt",
                "meeting occurred 2025-05-09 [Moses Wetangula/KEN, Tulia Ackson/TZA]",
                "session occurred 2025-05-09 [Moses Wetangula/KEN, Mussa Zungu/TZA]",
                "call occurred 2025-05-07 [William Ruto/KEN, Samia Suluhu Hassan/TZA]",
                "call occurred - [William Ruto/KEN, Yoweri Museveni/UGA]");
    }

    @Test
    void aGuestReceivedFarFromTheVerbAndALetterReceivedIsNoGuest() {
        assertRows("gh-ci-received.txt",
                "meeting occurred 2025-06-13 [Samuel Okudzeto Ablakwa/GHA, Kacou Houadja Leon Adom/CIV]",
                "visit occurred 2025-06-13 [Kacou Houadja Leon Adom/CIV, Samuel Okudzeto Ablakwa/GHA]",
                "message occurred 2025-06-12 [Alassane Ouattara/CIV, John Mahama/GHA]");
    }

    @Test
    void talksAtTheSummitOfManyAreAMeetingAndAtTheCouncilOfTwoTheCouncil() {
        // a document known by its initials is signed whatever tag the tagger gives them
        assertRows("kz-talks-at-summits.txt",
                "meeting occurred 2025-07-03 [Kassym-Jomart Tokayev/KAZ, Narendra Modi/IND]",
                // "met X at the SCO summit" places X at the gathering too: one session of all three
                "session occurred 2025-07-03 [Kassym-Jomart Tokayev/KAZ, Narendra Modi/IND, Xi Jinping/CHN]",
                "session occurred 2025-07-04 [Kassym-Jomart Tokayev/KAZ, Shavkat Mirziyoyev/UZB]",
                "agreement occurred 2025-07-04 [Kassym-Jomart Tokayev/KAZ, Shavkat Mirziyoyev/UZB]",
                "meeting occurred 2025-07-03 [Kassym-Jomart Tokayev/KAZ, Xi Jinping/CHN]",
                // the Kremlin is no gathering
                "meeting occurred 2025-05 [Kassym-Jomart Tokayev/KAZ, Vladimir Putin/RUS]");
    }

    @Test
    void aDateInTheClauseOfTheNextExchangeIsThatExchangesOnly() {
        // "met Xi ..., and he met Rahmon in May": May is Rahmon's; Xi's meeting is the one "also" held on Friday
        assertRows("kz-two-clauses.txt",
                "meeting occurred 2025-07-04 [Kassym-Jomart Tokayev/KAZ, Sadyr Japarov/KGZ]",
                "meeting occurred 2025-07-04 [Kassym-Jomart Tokayev/KAZ, Xi Jinping/CHN]",
                "meeting occurred 2025-05 [Kassym-Jomart Tokayev/KAZ, Emomali Rahmon/TJK]");
    }

    @Test
    void aDateInARelativeClauseOrNamingAThingIsNotTheExchangesDate() {
        // "..., who is regarded as the broker of the March 2018 handshake", "the 2027 election"; a clause that
        // tells of the visit itself ("which runs from Monday") still dates it
        assertRows("ke-us-talks.txt",
                "meeting occurred 2025-08-10 [Kalonzo Musyoka/KEN, Mark Kelly/USA]",
                "meeting occurred 2025-08-12 [Kalonzo Musyoka/KEN, Neil Wigan/GBR]",
                "visit occurred 2025-08-11..2025-08-14 [Kalonzo Musyoka/KEN]");
    }

    @Test
    void aMeetingTheVisitAheadFollowsWasHeldBeforeIt() {
        assertRows("kz-cn-following.txt",
                "visit planned 2025 [Kassym-Jomart Tokayev/KAZ]",
                "meeting occurred 2025-03-18 [Kassym-Jomart Tokayev/KAZ, Han Chunlin/CHN]");
    }

    @Test
    void theBodyTellsWhetherAVisitTheHeadlineAnnouncesIsUnderWay() {
        // the meeting is the headline's alone ("to receive"), the visit the body reports as under way
        assertRows("tz-in-headline.txt",
                "meeting planned 2025-06-10 [Samia Suluhu Hassan/TZA, S. Jaishankar/IND]",
                "visit occurred 2025-06 [S. Jaishankar/IND, Samia Suluhu Hassan/TZA]");
    }

    @Test
    void sentencesOfOurOwn() throws IOException {
        int checked = 0;
        for (String line : read("sentences.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Extraction x = pipeline.process(Article.ofText("sentence", "test",
                    " date 2025-05-14 Report\n\nNAIROBI (Wire) - " + cols[0] + "\n"));
            assertEquals(List.of(cols[1].split(" \\| ")), rows(x), cols[0]);
            checked++;
        }
        assertTrue(checked >= 19, "sentences checked: " + checked);
    }

    @Test
    void bothForeignMinistersAreThePairJustReported() {
        assertRows("ke-eg-both-ministers.txt",
                "meeting occurred 2025-05-13 [Musalia Mudavadi/KEN, Badr Abdelatty/EGY]",
                "visit occurred 2025-05-13 [Badr Abdelatty/EGY, Musalia Mudavadi/KEN]",
                "agreement occurred 2025-05-13 [Badr Abdelatty/EGY, Musalia Mudavadi/KEN]");
    }

    @Test
    void theHeadlinesNextMonthIsTheVisitsNotTheCallsAndTheCallIsOne() {
        assertRows("ke-eg-headline-call.txt",
                "call occurred 2025-11-13 [Peter Kamau/KEN, Badr Abdelatty/EGY]",
                "visit planned 2025-12 [Peter Kamau/KEN]");
    }

    @Test
    void congratulatoryMessage() {
        assertRows("uk-fr-message.txt",
                "message occurred 2024-07-14 [King Charles III/GBR, Emmanuel Macron/FRA]");
    }

    @Test
    void invitationToVisitIsAPlannedVisit() {
        assertRows("kr-us-call.txt",
                "call occurred 2025-06-06 [Lee Jae-myung/KOR, Donald Trump/USA]",
                "visit planned - [Lee Jae-myung/KOR]",
                "meeting planned - [Donald Trump/USA, Lee Jae-myung/KOR]");
    }

    @Test
    void concludedVisitEndsOnTheDayGivenAndHostsTakeTheHostCountry() {
        // "called on the Prime Minister and held talks with the Foreign Secretary": two meetings
        assertRows("in-np-visit.txt",
                "visit occurred 2024-08-10..2024-08-11 [Vikram Misri/IND]",
                "meeting occurred 2024-08-11 [Vikram Misri/IND, K.P. Sharma Oli/NPL]",
                "meeting occurred 2024-08-11 [Vikram Misri/IND, Sewa Lamsal/NPL]");
    }

    @Test
    void titleOfficeIsNotASessionAndTheTwoCoChairIt() {
        assertRows("cn-ru-committee.txt",
                "meeting occurred 2025-06-17 [Zhao Leji/CHN, Vyacheslav Volodin/RUS]",
                "session occurred 2025-06-17 [Zhao Leji/CHN, Vyacheslav Volodin/RUS]",
                "message occurred 2025-06-17 [Vladimir Putin/RUS, Xi Jinping/CHN]",
                "visit planned 2025 [Zhao Leji/CHN]");
    }

    @Test
    void agencyDatelineWithoutYearLeavesWeekdaysUnresolvedAndConsultationsAreTalks() {
        assertRows("tass-style.txt",
                "meeting occurred - [Andrey Rudenko/RUS, Zhang Hanhui/CHN]",
                "meeting occurred - [Andrey Rudenko/RUS, Hua Chunying/CHN]");
    }

    @Test
    void recordClaimIsNotAVisitAndArrivalGivesTheVisitItsDays() {
        assertRows("jp-kr-summit.txt",
                "meeting occurred 2025-08-30 [Shigeru Ishiba/JPN, Lee Jae-myung/KOR]",
                "visit occurred 2025-08-29..2025-08-30 [Lee Jae-myung/KOR]",
                "visit planned 2025-09-01 [Shigeru Ishiba/JPN]");
    }

    @Test
    void videoCallInHeadlineAndBodyIsOneCall() {
        assertRows("video-call.txt",
                "call occurred 2024-03-14 [Xi Jinping/CHN, Luiz Inacio Lula da Silva/BRA]");
    }

    @Test
    void undatedFollowUpKeepsTheDateOfTheSigning() {
        assertRows("signing.txt",
                "agreement occurred 2023-11-20 [Peter Szijjarto/HUN, Aleksandar Vucic/SRB]",
                "meeting occurred 2023-11-20 [Aleksandar Vucic/SRB, Peter Szijjarto/HUN]",
                "visit occurred 2023-11-20 [Peter Szijjarto/HUN, Aleksandar Vucic/SRB]");
    }

    @Test
    void unnamedCounterpartIsTheOtherSidesMinisterNamedLater() {
        assertRows("cn-ru-counterpart.txt",
                "meeting occurred 2025-04-09 [Wang Yi/CHN, Sergey Lavrov/RUS]",
                "visit planned 2025-05 [Vladimir Putin/RUS]");
        Event visit = extract("cn-ru-counterpart.txt").events().get(1);
        assertEquals("China", visit.location());
    }

    @Test
    void leadersNamedWithoutAnExchangeGiveNoEvent() {
        Extraction x = extract("no-exchange.txt");
        assertEquals(List.of(), rows(x));
        assertEquals(List.of("Prabowo Subianto/IDN", "Anwar Ibrahim/MYS"),
                x.persons().stream().map(p -> p.name() + "/" + p.country()).toList());
    }

    @Test
    void everyEvidenceSpanPointsIntoTheOriginalText() throws IOException {
        String text = read("za-br-visit.txt");
        Extraction x = pipeline.process(Article.ofText("za-br-visit", "test", text));
        for (Event e : x.events()) {
            String original = text.substring(e.evidence().begin(), e.evidence().end());
            assertEquals(e.evidence().sentence().replaceAll("\\s+", " "), original.replaceAll("\\s+", " "));
        }
    }

    @Test
    void personsCarryTitlesAndAliases() {
        Extraction x = extract("vn-jp-call.txt");
        Person chinh = x.persons().get(0);
        assertEquals("Pham Minh Chinh", chinh.name());
        assertEquals(List.of("Vietnamese Prime Minister"), chinh.titles());
        assertEquals(List.of("Chinh"), chinh.aliases());
    }

    @Test
    void thePartiesSignedOnTheDayOfTheTalksNotInThePlansYears() {
        // "the parties" are the two ministers; "a Plan of Consultations ... for 2025-2026" is not dated 2025
        assertRows("kz-uz-talks.txt",
                "meeting occurred 2025-03-14 [Murat Nurtleu/KAZ, Bakhtiyor Saidov/UZB]",
                "visit occurred 2025-03-14 [Bakhtiyor Saidov/UZB]",
                "visit planned 2025-04 [Kassym-Jomart Tokayev/KAZ]",
                "agreement occurred 2025-03-14 [Murat Nurtleu/KAZ, Bakhtiyor Saidov/UZB]",
                "meeting occurred 2025-03-14 [Bakhtiyor Saidov/UZB, Olzhas Bektenov/KAZ]");
    }

    @Test
    void aCourtesyCallIsAMeetingOnTheSameDay() {
        assertRows("vn-br-consultations.txt",
                "session occurred 2024-10-08 [Do Hung Viet/VNM, Eduardo Paes Saboia/BRA]",
                "meeting occurred 2024-10-08 [Eduardo Paes Saboia/BRA, Bui Thanh Son/VNM]");
    }

    @Test
    void passiveChairsJoinTheSessionAndTalksOnItsSidelinesTakeItsDayAndPlace() {
        assertRows("ru-cn-parliament.txt",
                "session occurred 2025-06-17 [Vyacheslav Volodin/RUS, Zhao Leji/CHN]",
                "meeting occurred 2025-06-17 [Zhao Leji/CHN, Valentina Matviyenko/RUS]",
                "visit planned 2025-06-19 [Zhao Leji/CHN]",
                "meeting planned 2025-06-19 [Zhao Leji/CHN, Alexander Beglov/RUS]");
        assertEquals("Moscow", extract("ru-cn-parliament.txt").events().get(1).location());
    }

    @Test
    void videoCallAndAnEarlierMeetingInPerson() {
        assertRows("cn-ru-video-call.txt",
                "call occurred 2026-01-20 [Dong Jun/CHN, Andrei Belousov/RUS]",
                "meeting occurred 2025-06 [Dong Jun/CHN, Andrei Belousov/RUS]");
    }

    @Test
    void someoneWhoAlsoCalledOnAHostDidSoOnTheDayOfTheRound() {
        assertRows("cn-in-boundary.txt",
                "session occurred 2024-12-18 [Wang Yi/CHN, Ajit Doval/IND]",
                "meeting planned 2025 [Wang Yi/CHN, Ajit Doval/IND]",
                "meeting occurred 2024-12-18 [Ajit Doval/IND, Han Zheng/CHN]");
    }

    @Test
    void exchangedMessagesAreOneMessageBetweenThePairAndNameOfCountryGivesTheSide() {
        assertRows("uz-az-messages.txt",
                "message occurred 2023-09-22 [Shavkat Mirziyoyev/UZB, Ilham Aliyev/AZE]",
                "visit planned 2023-10 [Ilham Aliyev/AZE]");
    }

    @Test
    void aMeetingAnnouncedWithAVisitFallsInItsMonthAndTheLastVisitSinceIsNoEvent() {
        assertRows("au-cn-planned-visit.txt",
                "visit planned 2023-11-04..2023-11-07 [Anthony Albanese/AUS]",
                "meeting planned 2023-11 [Anthony Albanese/AUS, Xi Jinping/CHN, Li Qiang/CHN]");
    }

    @Test
    void callingOnSomeoneToActIsNoMeeting() {
        Extraction x = pipeline.process(Article.ofText("appeal", "test", " date 2024-05-02 Appeal\n"
                + "French President Emmanuel Macron on Thursday called on Russian President Vladimir Putin to agree to a truce.\n"));
        assertEquals(List.of(), rows(x));
    }

    @Test
    void talksInAClauseAfterTheSigningAreTheirOwnMeeting() {
        assertRows("id-au-defence.txt",
                "agreement occurred 2023-06-21 [Prabowo Subianto/IDN, Richard Marles/AUS]",
                "meeting occurred 2023-06-21 [Prabowo Subianto/IDN, Richard Marles/AUS]",
                "visit occurred 2023-06-20..2023-06-21 [Richard Marles/AUS]",
                "visit occurred 2022-06 [Anthony Albanese/AUS]");
    }

    @Test
    void theOneAnEnvoyRepresentsWasNotAtTheMeeting() {
        assertRows("cn-mx-envoy.txt",
                "message occurred 2024-10-02 [Xi Jinping/CHN, Claudia Sheinbaum/MEX]",
                "meeting occurred 2024-10-02 [Han Zheng/CHN, Claudia Sheinbaum/MEX]");
    }

    @Test
    void placesComeFromTheSentenceTheSameOccasionOrTheDateline() {
        // "Earlier on Monday" is the day of the Ankara talks, not of the trip to Tehran announced in between;
        // a phone call has no place, whatever city it was made from
        assertPlaces("ru-tr-places.txt",
                "meeting Ankara [Sergei Lavrov/RUS, Hakan Fidan/TUR]",
                "visit Tehran [Sergei Lavrov/RUS]",
                "meeting Tehran [Sergei Lavrov/RUS, Abbas Araghchi/IRN]",
                "meeting Ankara [Sergei Lavrov/RUS, Recep Tayyip Erdogan/TUR]",
                "call - [Hakan Fidan/TUR, Marco Rubio/USA]");
        // greetings handed over in Hanoi have Hanoi as their place (and the recipient there is Vietnamese);
        // a letter has none; "the greetings of Vieira" are Vieira's
        assertPlaces("vn-br-places.txt",
                "session Hanoi [Do Hung Viet/VNM, Eduardo Paes Saboia/BRA]",
                "message Hanoi [Mauro Vieira/BRA, Bui Thanh Son/VNM]",
                "message - [Mauro Vieira/BRA, Bui Thanh Son/VNM]",
                "visit Brasilia [Bui Thanh Son/VNM]",
                "meeting Hanoi [Pham Minh Chinh/VNM, Alberto van Klaveren/CHL]",
                "visit Hanoi [Alberto van Klaveren/CHL, Pham Minh Chinh/VNM]");
    }

    @Test
    void aVenueIsGivenAsItsCity() {
        Extraction x = pipeline.process(Article.ofText("venue", "test", " date 2024-03-25 Putin receives Wang Yi\n"
                + "Russian President Vladimir Putin received visiting Chinese Foreign Minister Wang Yi at the Kremlin on "
                + "Monday.\n"));
        assertEquals(List.of("meeting Moscow [Vladimir Putin/RUS, Wang Yi/CHN]", "visit Moscow [Wang Yi/CHN, Vladimir Putin/RUS]"), places(x));
    }

    private static void assertPlaces(String file, String... expected) {
        assertEquals(List.of(expected), places(extract(file)), file);
    }

    private static List<String> places(Extraction x) {
        return x.events().stream().map(e -> e.type().label() + " " + (e.location() == null ? "-" : e.location()) + " "
                + e.participants().stream().map(p -> p.name() + "/" + p.country()).toList()).toList();
    }

    @Test
    void aPageKnownOnlyToItsMonthDatesMondayToThatMonth() {
        Article page = new Article("month-only", "test", "https://wire.example.org/world/2023/03/envoys-meet", null,
                "Ghana and Peru sign visa deal\nForeign Minister Kwame Asante of Ghana met Foreign Minister Lucia Rojas"
                        + " of Peru in Accra on Monday to discuss visas.\n", null);
        Extraction x = pipeline.process(page);
        assertEquals(FuzzyDate.month(2023, 3), x.publishedDate());
        assertEquals("url", x.publishedHow());
        assertEquals(List.of("meeting occurred 2023-03 [Kwame Asante/GHA, Lucia Rojas/PER]"), rows(x));
        assertTrue(ExtractionJson.toJson(x).contains("\"published\": \"2023-03\""), ExtractionJson.toJson(x));
    }

    private static void assertRows(String file, String... expected) {
        assertEquals(List.of(expected), rows(extract(file)), file);
    }

    private static Extraction extract(String file) {
        try {
            return pipeline.process(Article.ofText(file, "test", read(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> rows(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Event e : x.events()) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.type().label()).append(' ').append(e.status().label()).append(' ')
                    .append(e.date().start() == null ? "-" : e.date().start().iso());
            if (e.date().end() != null) {
                sb.append("..").append(e.date().end().iso());
            }
            sb.append(' ').append(e.participants().stream().map(p -> p.name() + "/" + p.country()).toList());
            out.add(sb.toString());
        }
        return out;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ExtractionEndToEndTest.class.getResourceAsStream("/extract/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
