package org.parley.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    // Fictional stories written for this test: one meeting, reported twice in different words.
    static final String STORY = """
            The foreign ministers of Veloria and Ostmark met in Port Aldane on Monday, their first meeting \
            since border talks stalled last spring. Minister Ilsa Varn said the two governments had agreed to \
            reopen the consulates in both capitals before the end of the year. Trade officials from both sides \
            will meet again in September to discuss tariffs on timber and grain, she added. Her counterpart, \
            Minister Tomas Brekke, described the four-hour session as frank, useful and long overdue. He told \
            reporters that a joint statement would be published within days and that a working group on the \
            disputed river crossings would be set up. Neither minister took questions about the detained \
            fishermen, whose case has strained relations since February. Diplomats in Port Aldane said the \
            meeting had been arranged quietly over several weeks by envoys from the neighbouring Duchy of Lorn, \
            which has offered to host a further round of talks in the autumn. Opposition politicians in Ostmark \
            criticised the decision to reopen the consulates, saying it rewarded Veloria without any concession \
            on the border. The ministers are expected to speak again by telephone next week.""";

    static final String OTHER_STORY_SAME_MEETING = """
            Veloria's Ilsa Varn and Ostmark's Tomas Brekke sat down together in the harbour city of Port Aldane \
            this week, ending months in which the neighbours had barely spoken. According to a Velorian \
            official, the pair settled on restoring consular services, which were suspended after the border \
            dispute flared. Ostmark's foreign ministry called the discussion constructive but gave few \
            details, promising a written communique soon. Lorn, whose envoys brokered the encounter, \
            welcomed the outcome and repeated its offer to mediate. Critics in the Ostmark parliament accused \
            the government of giving ground too easily. Analysts said the real test would come in September, \
            when negotiators turn to tariffs on farm goods and wood. The fate of a group of fishermen held \
            since February was not publicly addressed, to the disappointment of their families, who had \
            gathered outside the venue. A phone call between the two ministers is planned for the coming days.""";

    static final String UNRELATED = """
            Heavy rain flooded the lower town of Kessel overnight, closing the main bridge and forcing the \
            evacuation of two schools. The mayor said emergency crews had pumped water from more than forty \
            homes and that the bridge would stay shut until engineers had inspected its supports. Forecasters \
            expect the river to peak on Thursday before falling slowly over the weekend. Residents were asked \
            to avoid unnecessary travel and to check on elderly neighbours. The regional council has released \
            emergency funds to help shopkeepers whose stock was damaged, and volunteers have set up a shelter \
            in the sports hall on the hill above the town.""";

    static int distance(String a, String b) {
        return NearDuplicates.distance(NearDuplicates.fingerprint(a), NearDuplicates.fingerprint(b));
    }

    static boolean near(String a, String b) {
        return distance(a, b) <= NearDuplicateIndex.DEFAULT_MAX_DISTANCE;
    }

    @Test
    void sameStoryWithDifferentHeaderAndFooterIsANearDuplicate() {
        String reheaded = "Home | World | Politics | Business | Subscribe now\nThe Harbour Ledger, Monday edition\n"
                + STORY + "\nShare this article on social media. Copyright 2024 The Harbour Ledger. All rights reserved.";
        assertTrue(near(STORY, reheaded), "distance " + distance(STORY, reheaded));
    }

    @Test
    void sameStoryWithASentenceOrTwoChangedIsANearDuplicate() {
        String edited = STORY
                .replace("The ministers are expected to speak again by telephone next week.",
                        "A telephone call between the ministers is planned for the middle of next week.")
                .replace("Neither minister took questions about the detained fishermen",
                        "Both ministers declined to answer questions about the detained fishermen");
        assertTrue(near(STORY, edited), "distance " + distance(STORY, edited));
    }

    @Test
    void whitespaceCasePunctuationAndAccentsDoNotMatter() {
        String messy = STORY.replace(" ", "  \n ").replace(".", " .").toUpperCase().replace("PORT ALDANE", "P\u00d3RT ALDANE");
        assertEquals(0, distance(STORY, messy));
    }

    @Test
    void differentStoriesAboutTheSameMeetingAreNotNearDuplicates() {
        assertTrue(!near(STORY, OTHER_STORY_SAME_MEETING), "distance " + distance(STORY, OTHER_STORY_SAME_MEETING));
        assertTrue(!near(STORY, UNRELATED), "distance " + distance(STORY, UNRELATED));
        assertTrue(!near(OTHER_STORY_SAME_MEETING, UNRELATED));
    }

    @Test
    void indexFindsTheEarlierCopyAndNotItself() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        long story = NearDuplicates.fingerprint(STORY);
        assertEquals(Optional.empty(), index.addUnlessDuplicate("ledger-1", story));
        assertEquals(Optional.empty(), index.addUnlessDuplicate("gazette-1", NearDuplicates.fingerprint(OTHER_STORY_SAME_MEETING)));
        assertEquals(Optional.empty(), index.addUnlessDuplicate("kessel-1", NearDuplicates.fingerprint(UNRELATED)));
        assertEquals(Optional.empty(), index.findNearDuplicate("ledger-1", story));
        assertEquals(Optional.of("ledger-1"), index.addUnlessDuplicate("wire-copy", NearDuplicates.fingerprint("Wire service: " + STORY)));
        assertEquals(3, index.size());
    }

    @Test
    void indexGrowsPastItsInitialCapacity() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        for (int i = 0; i < 5000; i++) {
            index.add("id" + i, NearDuplicates.hash("text " + i));
        }
        assertEquals(5000, index.size());
        assertEquals(Optional.of("id4321"), index.findNearDuplicate("new", NearDuplicates.hash("text 4321")));
    }

    @Test
    void shortTextsStillGetAFingerprint() {
        assertEquals(0, NearDuplicates.fingerprint(" ... "));
        assertTrue(NearDuplicates.fingerprint("Envoys met") != 0);
        assertEquals(NearDuplicates.fingerprint("Envoys met"), NearDuplicates.fingerprint("envoys, MET!"));
    }
}
