package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.clean.Dateline;
import org.parley.lexicon.OfficeHolders;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;
import org.parley.nlp.Parse;

/**
 * Each component of the extract stage on its own, on articles written token by token ({@link HandParsed}):
 * no CoreNLP model is loaded, and no office-holder list is used, so what is found comes from the words.
 */
class ComponentsTest {

    /** Published on a Wednesday: "on Monday" is 4 March 2024. */
    private static final String WEDNESDAY = "2024-03-06";

    private static final String MET_IN_BEIJING = "Russian||NATIONALITY Foreign||TITLE Minister||TITLE Ivan||PERSON Petrov||PERSON"
            + " met|VBD||meet Chinese||NATIONALITY Foreign||TITLE Minister||TITLE Wang||PERSON Tao||PERSON"
            + " in|IN Beijing||CITY on|IN Monday||DATE .";

    private static final String WILL_MEET = "Petrov||PERSON will|MD meet|VB Wang||PERSON in|IN Beijing||CITY"
            + " on|IN Friday||DATE .";

    private static ExtractDoc people(ExtractDoc doc) {
        return HandParsed.run(doc, new ReadSentences(), new FindPeople(OfficeHolders.none()), new FindMechanisms(),
                new FindTriggers(), new ReadSyntax(NO_PARSE), new SideFromSyntax(), new SideFromDateline());
    }

    /** No sentence's parse says anything: what is found comes from the words alone. */
    static final java.util.function.Function<org.parley.nlp.Sentence, Parse> NO_PARSE = s -> Parse.fromArcs(s, List.of());

    private static ExtractDoc frames(ExtractDoc doc) {
        return frames(doc, NO_PARSE);
    }

    private static ExtractDoc frames(ExtractDoc doc, java.util.function.Function<org.parley.nlp.Sentence, Parse> parser) {
        return HandParsed.run(doc, new ReadSentences(), new FindPeople(OfficeHolders.none()), new FindMechanisms(),
                new FindTriggers(), new ReadSyntax(parser), new SideFromSyntax(), new SideFromDateline(), new BuildFrames());
    }

    /** "will" nine words before the meeting it is about: beyond the words around the trigger, not beyond the parse. */
    private static final String WILL_LEAD_AT_A_MEETING = "The|DT Speaker||TITLE Ana||PERSON Ortiz||PERSON will|MD||will"
            + " lead|VB||lead a|DT large|JJ delegation|NN of|IN lawmakers|NNS from|IN both|DT chambers|NNS at|IN a|DT"
            + " virtual|JJ meeting|NN||meeting with|IN Peruvian||NATIONALITY Speaker||TITLE Luis||PERSON Quispe||PERSON .";

    @Test
    void aFutureTheParseAttachesToTheExchangeMakesItPlannedWhereverItStands() {
        java.util.function.Function<org.parley.nlp.Sentence, Parse> parsed = s -> Parse.fromArcs(s, List.of(
                new Parse.Arc(-1, 5, "root"), new Parse.Arc(5, 3, "nsubj"), new Parse.Arc(5, 4, "aux"),
                new Parse.Arc(5, 8, "obj"), new Parse.Arc(5, 17, "obl"), new Parse.Arc(17, 14, "case")));
        List<Draft> read = frames(HandParsed.doc(WEDNESDAY, WILL_LEAD_AT_A_MEETING), parsed).drafts(Layer.FRAMES);
        assertEquals(1, read.size(), read.toString());
        assertEquals(EventStatus.PLANNED, read.get(0).status);
        assertTrue(read.get(0).rules.contains("planned.will_verb_oblique"), read.get(0).rules.toString());
        // without the parse the words near the meeting say nothing of the future
        List<Draft> unparsed = frames(HandParsed.doc(WEDNESDAY, WILL_LEAD_AT_A_MEETING)).drafts(Layer.FRAMES);
        assertEquals(EventStatus.OCCURRED, unparsed.get(0).status);
    }

    @Test
    void aCountryTheParseAttachesToATitleGivesASideOnlyToSomeoneWithoutOne() {
        String sentence = "Ortiz||PERSON met|VBD||meet with|IN Chilean||NATIONALITY upper|JJ chamber|NN speaker|NN Ana||PERSON"
                + " Souza||PERSON and|CC Peruvian||NATIONALITY Minister||TITLE Luis||PERSON Quispe||PERSON .";
        java.util.function.Function<org.parley.nlp.Sentence, Parse> parsed = s -> Parse.fromArcs(s, List.of(
                new Parse.Arc(-1, 1, "root"), new Parse.Arc(1, 0, "nsubj"), new Parse.Arc(1, 8, "obl"),
                new Parse.Arc(8, 2, "case"), new Parse.Arc(8, 6, "compound"), new Parse.Arc(6, 3, "amod"),
                new Parse.Arc(5, 4, "amod"), new Parse.Arc(6, 5, "compound"), new Parse.Arc(8, 7, "compound"),
                new Parse.Arc(8, 13, "conj"), new Parse.Arc(13, 11, "compound"), new Parse.Arc(13, 12, "compound"),
                // a wrong arc on purpose: the side the words already give Quispe is kept
                new Parse.Arc(11, 3, "amod")));
        ExtractDoc doc = HandParsed.run(HandParsed.doc(WEDNESDAY, sentence), new ReadSentences(),
                new FindPeople(OfficeHolders.none()), new FindMechanisms(), new FindTriggers(), new ReadSyntax(parsed),
                new SideFromSyntax());
        ArticlePeople before = doc.people(Layer.PEOPLE);
        ArticlePeople after = doc.people(Layer.PARSED_SIDES);
        int souza = after.clusters.stream().filter(c -> c.canonical.equals("Ana Souza")).findFirst().orElseThrow().id;
        int quispe = after.clusters.stream().filter(c -> c.canonical.equals("Luis Quispe")).findFirst().orElseThrow().id;
        assertNull(before.person(souza).side());
        assertEquals("CHL", after.person(souza).side());
        assertEquals("PER", after.person(quispe).side());
    }

    @Test
    void aSessionOrTalksHeldByVideoAreOneOccasionNotACallBesides() {
        String heldByVideo = "The|DT meeting|NN will|MD||will be|VB||be held|VBN||hold on|IN Friday||DATE via|IN video|NN link|NN .";
        List<Draft> session = frames(HandParsed.doc(WEDNESDAY, "Chilean||NATIONALITY Minister||TITLE Ana||PERSON Souza||PERSON"
                + " will|MD||will co-chair|VB||co-chair the|DT 3rd||ORDINAL meeting|NN of|IN the|DT Joint|NNP Commission|NNP"
                + " with|IN Peruvian||NATIONALITY Minister||TITLE Luis||PERSON Quispe||PERSON .", heldByVideo)).drafts(Layer.FRAMES);
        assertEquals(List.of(EventType.SESSION), session.stream().map(d -> d.type).toList(), session.toString());
        List<Draft> talks = frames(HandParsed.doc(WEDNESDAY, "Chilean||NATIONALITY Minister||TITLE Ana||PERSON Souza||PERSON"
                + " held|VBD||hold talks|NNS||talk with|IN Peruvian||NATIONALITY Minister||TITLE Luis||PERSON Quispe||PERSON"
                + " via|IN video|NN link|NN .")).drafts(Layer.FRAMES);
        assertEquals(List.of(EventType.CALL), talks.stream().map(d -> d.type).toList(), talks.toString());
        assertEquals(2, talks.get(0).participants.size());
    }

    @Test
    void congratulationsOnTheDayOfAMeetingOfTheTwoArePartOfItHoweverFarApartTheyAreTold() {
        String filler = "Trade|NN grew|VBD||grow .";
        ExtractDoc doc = HandParsed.run(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING, filler, filler, filler,
                "Petrov||PERSON congratulated|VBD||congratulate Wang||PERSON on|IN his|PRP$ election|NN ."),
                new ReadSentences());
        List<Draft> frames = List.of(draft(EventType.MEETING, day("2024-03-04"), "Beijing", 0, 0, 1),
                draft(EventType.MESSAGE, day("2024-03-04"), null, 4, 0, 1));
        List<CarryDates.When> whens = frames.stream().map(d -> new CarryDates.When(d.date, d.status, d.location)).toList();
        List<Draft> sameDay = new MergeOccasions().apply(doc.with(Layer.FRAMES, frames).with(Layer.DATES, whens)).drafts(Layer.OCCASIONS);
        assertEquals(List.of(EventType.MEETING), sameDay.stream().map(d -> d.type).toList());
        // on another day the congratulations are an occasion of their own
        List<Draft> otherDay = List.of(frames.get(0), draft(EventType.MESSAGE, day("2024-02-20"), null, 4, 0, 1));
        List<CarryDates.When> otherWhens = otherDay.stream().map(d -> new CarryDates.When(d.date, d.status, d.location)).toList();
        assertEquals(List.of(EventType.MEETING, EventType.MESSAGE), new MergeOccasions()
                .apply(doc.with(Layer.FRAMES, otherDay).with(Layer.DATES, otherWhens)).drafts(Layer.OCCASIONS)
                .stream().map(d -> d.type).toList());
    }

    @Test
    void onlySentencesThatCanStateAnExchangeAndHoldARulesWordsAreParsed() {
        List<String> parsed = new ArrayList<>();
        java.util.function.Function<org.parley.nlp.Sentence, Parse> recording = s -> {
            parsed.add(s.text());
            return Parse.fromArcs(s, List.of());
        };
        frames(HandParsed.doc(WEDNESDAY, WILL_LEAD_AT_A_MEETING, MET_IN_BEIJING, "Trade|NN will|MD||will grow|VB||grow ."),
                recording);
        // the second has no future word any rule needs, the third states no exchange
        assertEquals(1, parsed.size(), parsed.toString());
        assertTrue(parsed.get(0).startsWith("The Speaker Ana Ortiz will lead"), parsed.toString());
    }

    private static String name(ArticlePeople people, int id) {
        return people.person(id).canonical;
    }

    @Test
    void peopleAreNamedWithTheirTitlesAndTheSidesTheirNationalityWordsGive() {
        ArticlePeople people = people(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING)).people(Layer.PEOPLE);
        assertEquals(2, people.clusters.size());
        assertEquals("Ivan Petrov", name(people, 0));
        assertEquals("RUS", people.person(0).side());
        assertEquals("Wang Tao", name(people, 1));
        assertEquals("CHN", people.person(1).side());
        assertTrue(people.person(0).titles.stream().anyMatch(t -> t.contains("Foreign Minister")), people.person(0).titles.toString());
    }

    @Test
    void anOfficialTheTextGivesNoSideTakesTheDatelinesCountryWithoutChangingThePeopleLayer() {
        ExtractDoc doc = people(ExtractDoc.of(HandParsed.article(WEDNESDAY, new Dateline("MOSCOW", null, null, null),
                "Foreign||TITLE Minister||TITLE Ivan||PERSON Petrov||PERSON spoke|VBD||speak to|TO reporters|NNS .")));
        assertNull(doc.people(Layer.PEOPLE).person(0).side());
        assertEquals("RUS", doc.people(Layer.SIDES).person(0).side());
    }

    @Test
    void aMeetingVerbIsATriggerAndANamedCommissionASession() {
        ExtractDoc doc = HandParsed.run(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING,
                        "The|DT 25th|JJ meeting|NN of|IN the|DT Russian-Chinese||NATIONALITY Intergovernmental Commission"
                                + " was|VBD||be held|VBN||hold in|IN Moscow||CITY ."),
                new ReadSentences(), new FindPeople(OfficeHolders.none()), new FindMechanisms(), new FindTriggers());
        List<Trigger> first = doc.perSentence(Layer.TRIGGERS).get(0);
        assertEquals(List.of(Trigger.of(EventType.MEETING, 5, 6, "meet.met")), first);
        List<Trigger> sessions = doc.perSentence(Layer.MECHANISMS).get(1);
        assertEquals(1, sessions.size(), sessions.toString());
        assertTrue(sessions.get(0).mechanism().contains("Intergovernmental Commission"), sessions.toString());
        assertEquals(EventType.SESSION, doc.perSentence(Layer.TRIGGERS).get(1).get(0).type());
    }

    @Test
    void aFrameHasItsArgumentsAndTheStatusDateAndPlaceItsSentenceStates() {
        List<Draft> frames = frames(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING)).drafts(Layer.FRAMES);
        assertEquals(1, frames.size());
        Draft d = frames.get(0);
        assertEquals(EventType.MEETING, d.type);
        assertEquals(List.of(0, 1), d.participants);
        assertEquals(EventStatus.OCCURRED, d.status);
        assertEquals("2024-03-04", d.date.start().iso());
        assertEquals("Beijing", d.location);
    }

    @Test
    void willMeetIsPlanned() {
        List<Draft> frames = frames(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING, WILL_MEET)).drafts(Layer.FRAMES);
        assertEquals(2, frames.size());
        assertEquals(EventStatus.PLANNED, frames.get(1).status);
        assertEquals("2024-03-08", frames.get(1).date.start().iso());
        assertEquals(List.of(0, 1), frames.get(1).participants);
    }

    private static Draft draft(EventType type, EventDate date, String place, int sentence, Integer... people) {
        return new Draft(type, EventStatus.OCCURRED, date, place, List.of(people), null, sentence, 0.8);
    }

    private static EventDate day(String iso) {
        return new EventDate(FuzzyDate.parse(iso), null, DateSource.EXPLICIT, iso);
    }

    private static EventDate articleDate() {
        return new EventDate(FuzzyDate.parse(WEDNESDAY), null, DateSource.ARTICLE_DATE, null);
    }

    @Test
    void theSameDayCarriesTheDateOfTheExchangeJustBeforeAndLeavesTheFramesAsTheyWere() {
        ExtractDoc doc = HandParsed.run(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING,
                "The|DT same|JJ day|NN , Petrov||PERSON called|VBD||call on|IN Premier||TITLE Zhou||PERSON Min||PERSON ."),
                new ReadSentences());
        doc = doc.with(Layer.FRAMES, List.of(
                draft(EventType.MEETING, day("2024-03-04"), "Beijing", 0, 0, 1),
                draft(EventType.MEETING, articleDate(), null, 1, 0, 2)));
        ExtractDoc dated = new CarryDates().apply(doc);
        assertEquals("2024-03-04", dated.dates().get(1).date().start().iso());
        assertEquals("2024-03-04", dated.datedFrames().get(1).date.start().iso());
        assertEquals(DateSource.ARTICLE_DATE, dated.drafts(Layer.FRAMES).get(1).date.source());
    }

    @Test
    void theHeadlineAndTheBodyOfOneMeetingAreOneOccasion() {
        ExtractDoc doc = HandParsed.run(HandParsed.doc(WEDNESDAY, "Petrov||PERSON meets|VBZ||meet Wang||PERSON",
                MET_IN_BEIJING), new ReadSentences());
        List<Draft> frames = List.of(
                draft(EventType.MEETING, articleDate(), null, 0, 0, 1),
                draft(EventType.MEETING, day("2024-03-04"), "Beijing", 1, 0, 1));
        doc = doc.with(Layer.FRAMES, frames)
                .with(Layer.DATES, frames.stream().map(d -> new CarryDates.When(d.date, d.status, d.location)).toList());
        List<Draft> occasions = new MergeOccasions().apply(doc).drafts(Layer.OCCASIONS);
        assertEquals(1, occasions.size());
        assertEquals("2024-03-04", occasions.get(0).date.start().iso());
        assertEquals(1, occasions.get(0).sentence);
    }

    @Test
    void aCallHasNoPlaceAndAMeetingWithoutOneIsWhereTheStoryWasFiled() {
        ExtractDoc doc = people(ExtractDoc.of(HandParsed.article(WEDNESDAY, new Dateline("BEIJING", null, null, null),
                MET_IN_BEIJING, "Petrov||PERSON spoke|VBD||speak with|IN Wang||PERSON by|IN phone|NN .")));
        doc = doc.with(Layer.OCCASIONS, List.of(
                draft(EventType.MEETING, day("2024-03-04"), null, 0, 0, 1),
                draft(EventType.CALL, day("2024-03-05"), "Beijing", 1, 0, 1)));
        List<String> places = new SettlePlaces().apply(doc).places();
        assertEquals(2, places.size());
        assertEquals("Beijing", places.get(0));
        assertNull(places.get(1));
    }

    @Test
    void aHostNamedByOfficeAloneTakesTheSideOfTheCountryTheMeetingWasIn() {
        ExtractDoc doc = people(HandParsed.doc(WEDNESDAY, "Russian||NATIONALITY Foreign||TITLE Minister||TITLE Ivan||PERSON"
                + " Petrov||PERSON met|VBD||meet Prime||TITLE Minister||TITLE Nguyen||PERSON Lam||PERSON ."));
        assertNull(doc.people(Layer.SIDES).person(1).side());
        List<Draft> occasions = List.of(draft(EventType.MEETING, day("2024-03-04"), null, 0, 0, 1));
        doc = doc.with(Layer.OCCASIONS, occasions).with(Layer.PLACES, new ArrayList<>(java.util.Collections.singletonList("Hanoi")));
        ExtractDoc hosted = new SideFromPlaces().apply(doc);
        assertEquals(java.util.Map.of(1, "VNM"), hosted.hostSides());
        assertEquals("VNM", hosted.peopleWithHostSides().person(1).side());
        assertNull(hosted.people(Layer.SIDES).person(1).side());
    }

    private static final String UNMARKED_MEETS_PERUVIAN = "Vice||TITLE Minister||TITLE Ana||PERSON Souza||PERSON"
            + " met|VBD||meet Peruvian||NATIONALITY Ambassador||TITLE Luis||PERSON Quispe||PERSON .";

    /** The people of the sentences, no host sides, one meeting of the first two named: what the side steps read. */
    private static ExtractDoc peopleAtAMeeting(String... sentences) {
        return people(HandParsed.doc(WEDNESDAY, sentences)).with(Layer.HOST_SIDES, java.util.Map.of())
                .with(Layer.OCCASIONS, List.of(draft(EventType.MEETING, day("2024-03-04"), null, 0, 0, 1)));
    }

    private static ExtractDoc counterpartSides(String... sentences) {
        return new SideFromCounterparts().apply(peopleAtAMeeting(sentences));
    }

    @Test
    void anOfficialWithoutASideFacingOneSideIsOfTheArticlesOtherSide() {
        ExtractDoc doc = counterpartSides(UNMARKED_MEETS_PERUVIAN,
                "Brazil||COUNTRY and|CC Peru||COUNTRY signed|VBD||sign a|DT plan|NN .",
                "Brazilian||NATIONALITY exports|NNS to|TO Peru||COUNTRY grew|VBD||grow .",
                "Brazil||COUNTRY hopes|VBZ||hope for|IN more|JJR .");
        assertEquals(java.util.Map.of(0, "BRA"), doc.layer(Layer.COUNTERPART_SIDES));
        assertEquals("BRA", doc.peopleWithCounterpartSides().person(0).side());
        assertEquals("PER", doc.peopleWithCounterpartSides().person(1).side());
    }

    @Test
    void withoutAClearSecondCountryTheOfficialKeepsNoSide() {
        // Brazil and Chile are named as often: which is the other side is not known
        ExtractDoc tie = counterpartSides(UNMARKED_MEETS_PERUVIAN,
                "Brazil||COUNTRY , Chile||COUNTRY and|CC Peru||COUNTRY signed|VBD||sign a|DT plan|NN .",
                "Brazilian||NATIONALITY and|CC Chilean||NATIONALITY exports|NNS grew|VBD||grow .");
        assertEquals(java.util.Map.of(), tie.layer(Layer.COUNTERPART_SIDES));
        // an article that names one country only has no other side
        ExtractDoc alone = counterpartSides(UNMARKED_MEETS_PERUVIAN, "Peru||COUNTRY hopes|VBZ||hope for|IN more|JJR .");
        assertEquals(java.util.Map.of(), alone.layer(Layer.COUNTERPART_SIDES));
    }

    @Test
    void aSideTheTextGivesIsNotOverruledByTheArticlesOtherSide() {
        ExtractDoc doc = counterpartSides("Chilean||NATIONALITY Minister||TITLE Ana||PERSON Souza||PERSON"
                        + " met|VBD||meet Peruvian||NATIONALITY Ambassador||TITLE Luis||PERSON Quispe||PERSON .",
                "Brazil||COUNTRY and|CC Peru||COUNTRY signed|VBD||sign a|DT plan|NN .",
                "Brazilian||NATIONALITY exports|NNS to|TO Peru||COUNTRY grew|VBD||grow .");
        assertEquals(java.util.Map.of(), doc.layer(Layer.COUNTERPART_SIDES));
        assertEquals("CHL", doc.peopleWithCounterpartSides().person(0).side());
    }

    private static ExtractDoc homeSides(String... sentences) {
        return new SideFromHome().apply(peopleAtAMeeting(sentences).with(Layer.COUNTERPART_SIDES, java.util.Map.of()));
    }

    private static final String UNMARKED_SIGNS_WITH_PERUVIAN = "Defense||TITLE Secretary||TITLE Ana||PERSON Souza||PERSON"
            + " and|CC Peruvian||NATIONALITY Minister||TITLE Luis||PERSON Quispe||PERSON signed|VBD||sign the|DT plan|NN .";

    @Test
    void officialsAReportLeavesUnmarkedWhenItMarksOnlyForeignersAreOfItsHomeSide() {
        ExtractDoc doc = homeSides(UNMARKED_SIGNS_WITH_PERUVIAN,
                "Brazil||COUNTRY and|CC Peru||COUNTRY agreed|VBD||agree .",
                "Brazil||COUNTRY hopes|VBZ||hope for|IN more|JJR trade|NN with|IN Peru||COUNTRY .");
        assertEquals(java.util.Map.of(0, "BRA"), doc.layer(Layer.HOME_SIDES));
        assertEquals("BRA", doc.peopleWithAllSides().person(0).side());
        assertEquals("PER", doc.peopleWithAllSides().person(1).side());
    }

    @Test
    void whenBothSidesAreMarkedAnUnmarkedOfficialStaysWithoutASide() {
        ExtractDoc doc = homeSides(UNMARKED_SIGNS_WITH_PERUVIAN,
                "Brazilian||NATIONALITY Minister||TITLE Rui||PERSON Costa||PERSON welcomed|VBD||welcome the|DT plan|NN .",
                "Brazil||COUNTRY and|CC Peru||COUNTRY agreed|VBD||agree .",
                "Brazil||COUNTRY hopes|VBZ||hope for|IN more|JJR trade|NN with|IN Peru||COUNTRY .");
        assertEquals(java.util.Map.of(), doc.layer(Layer.HOME_SIDES));
        assertNull(doc.peopleWithAllSides().person(0).side());
    }

    @Test
    void aBareNameIsNoParticipantAndAMeetingLeftWithOnePersonIsNoEvent() {
        ExtractDoc doc = HandParsed.run(HandParsed.doc(WEDNESDAY, MET_IN_BEIJING, "They|PRP discussed|VBD||discuss Brexit||PERSON ."),
                new ReadSentences(), new FindPeople(OfficeHolders.none()), new FindMechanisms(),
                new FindTriggers(), new ReadSyntax(NO_PARSE), new SideFromSyntax(), new SideFromDateline(), new BuildFrames(), new CarryDates(), new MergeOccasions(), new SettlePlaces(),
                new SideFromPlaces());
        assertEquals("Brexit", doc.peopleWithHostSides().person(2).canonical);
        ExtractDoc hand = doc.limitedTo(java.util.Set.of(Layer.SENTENCES, Layer.SIDES, Layer.HOST_SIDES))
                .with(Layer.COUNTERPART_SIDES, java.util.Map.of())
                .with(Layer.HOME_SIDES, java.util.Map.of())
                .with(Layer.OCCASIONS, List.of(
                        draft(EventType.MEETING, day("2024-03-04"), null, 0, 0, 1, 2),
                        draft(EventType.MEETING, day("2024-03-05"), null, 1, 0, 2)))
                .with(Layer.PLACES, java.util.Arrays.asList("Beijing", null));
        List<Event> events = new AssembleEvents().apply(hand).events();
        assertEquals(1, events.size());
        assertEquals(List.of("Ivan Petrov", "Wang Tao"), events.get(0).participants().stream().map(Participant::name).toList());
        assertEquals("Beijing", events.get(0).location());
    }

    @Test
    void theWholeStageOnAHandBuiltArticle() {
        Extraction x = new Extractor(OfficeHolders.none(), NO_PARSE).apply(HandParsed.article(WEDNESDAY, MET_IN_BEIJING, WILL_MEET));
        assertEquals(2, x.events().size(), x.events().toString());
        Event met = x.events().get(0);
        assertEquals(EventType.MEETING, met.type());
        assertEquals(EventStatus.OCCURRED, met.status());
        assertEquals("2024-03-04", met.date().start().iso());
        assertEquals("Beijing", met.location());
        assertEquals(List.of("RUS", "CHN"), met.participants().stream().map(Participant::country).toList());
        assertEquals(EventStatus.PLANNED, x.events().get(1).status());
        assertEquals("2024-03-08", x.events().get(1).date().start().iso());
    }
}
