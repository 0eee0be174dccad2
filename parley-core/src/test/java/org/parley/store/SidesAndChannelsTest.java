package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Channel;
import org.parley.model.FuzzyDate;

/** The sides of exchanges with nobody named, read from their words, and the channel each runs through. */
class SidesAndChannelsTest {

    @TempDir
    Path dir;

    @Test
    void sidesAreReadFromTheSentenceAndTheBodyButNotFromPlacesOrTopics() {
        assertEquals(List.of("RUS", "CHN"), SideNames.in("Russia and China signed a roadmap in Kazakhstan."));
        assertEquals(List.of("KEN", "UGA"), SideNames.in("the Kenya-Uganda Joint Permanent Commission"));
        assertEquals(List.of("IND"), SideNames.in("Indian officials met in Moscow to talk about Ukraine."));
        assertEquals(List.of(), SideNames.in(null));
    }

    @Test
    void participantsSidesComeFirstAndTheWordsOnlyFillInWhenFewerThanTwo() {
        assertEquals(List.of(new EventSides.Side("NOR", true), new EventSides.Side("FIN", true)),
                EventSides.of(List.of("NOR", "FIN"), null, "Berg met Lind of Russia."));
        assertEquals(List.of(new EventSides.Side("RUS", true), new EventSides.Side("CHN", false)),
                EventSides.of(Arrays.asList("RUS", null), null, "Lavrov and China signed a plan."));
    }

    @Test
    void theBodyDecidesTheChannelElseTheMostSpecificOffice() {
        assertEquals(Channel.PARLIAMENT, ChannelRules.of("Russia-China Inter-Parliamentary Commission",
                List.of("President")));
        assertEquals(Channel.PARLIAMENT, ChannelRules.of(null, List.of("President", "Chairman of the State Duma")));
        assertEquals(Channel.PARTY, ChannelRules.of(null, List.of("head of the International Department of the CPC")));
        assertEquals(Channel.FOREIGN_MINISTRY, ChannelRules.of(null, List.of("President", "Foreign Minister")));
        assertEquals(Channel.HEAD_OF_STATE, ChannelRules.of(null, List.of("President", "President")));
        assertEquals(Channel.GOVERNMENT, ChannelRules.of(null, List.of("Prime Minister", "Vice President")));
        assertEquals(Channel.DEFENCE, ChannelRules.of(null, List.of("Defence Minister")));
        assertEquals(Channel.REGIONAL, ChannelRules.of(null, List.of("Governor of Primorsky Krai")));
        assertEquals(Channel.OTHER, ChannelRules.of("Joint Permanent Commission", Arrays.asList(null, "businessman")));
        assertEquals(Channel.HEAD_OF_STATE, Channel.parse("head-of-state"));
    }

    @Test
    void aSourceIsNamedByItsHeadlineOrFileNameNeverItsPath() {
        assertEquals("bi-025.txt", SourceNames.file("/home/someone/shared/eval/dev/bi-025.txt"));
        assertEquals("https://example.org/a", SourceNames.file("https://example.org/a"));
        assertEquals("Ministers meet in Oslo", SourceNames.headline(null, "\nMinisters meet in Oslo\nAnna Berg met..."));
        assertEquals(null, SourceNames.headline(null, "Anna Berg met Tomas Lind in Oslo on Tuesday."));
        assertEquals("Given title", SourceNames.headline(" Given title ", "First line"));
    }

    @Test
    void anOccasionWithoutNamedPeopleIsFoundByItsSidesAndChannel() {
        try (Store store = SqliteStore.open(dir.resolve("sides.db"))) {
            store.save(Fixtures.sidesOnly("roadmap", FuzzyDate.month(2024, 6),
                    "Russia and China signed a roadmap on trade.", null));
            store.save(Fixtures.sidesOnly("jpc", FuzzyDate.month(2024, 7),
                    "The Kenya-Uganda Joint Permanent Commission met for its 5th session.",
                    "Kenya-Uganda Inter-Parliamentary Joint Permanent Commission"));
            store.save(Fixtures.osloMeeting());
            List<StoredEvent> chinese = store.events(EventQuery.ALL.withCountry("CHN"));
            assertEquals(1, chinese.size());
            assertEquals(List.of("RUS", "CHN"), chinese.get(0).sides());
            assertEquals(Channel.OTHER, chinese.get(0).channel());
            List<StoredEvent> parliamentary = store.events(EventQuery.ALL.withChannel(Channel.PARLIAMENT));
            assertEquals(List.of("KEN", "UGA"), parliamentary.get(0).sides());
            assertEquals(1, parliamentary.size());
            assertEquals(2, store.events(EventQuery.ALL.withChannel(Channel.FOREIGN_MINISTRY)).size(),
                    "both Oslo events: Foreign Minister Anna Berg takes part in each");
        }
    }
}
