package org.parley.server;

import static org.parley.server.ArticleBuilder.p;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * Short articles written for these tests about Russia and China (and Kenya and Uganda): exchanges with nobody
 * named for a side, a parliamentary and a party channel beside a summit, numbered sessions of a standing body
 * with one session missing, a plan far ahead and an undated exchange. Names of people are invented.
 */
final class SideArticles {

    static final String ROADMAP = """
            MOSCOW, June 3 -- Russia and China signed a roadmap on trade in farm goods on 3 June 2024.
            """;

    static final String SUMMIT = """
            BEIJING -- Chinese President Li Wen held talks with Russian President Pavel Sokol in Beijing on 16 May 2024.
            """;

    static final String DUMA = """
            BEIJING -- Chairman of the State Duma Ivan Orlov met Li Wen in Beijing on 12 July 2024.
            Orlov will visit Beijing again in March 2030, the Duma said.
            """;

    static final String PARTY = """
            Li Wen received a delegation of United Russia led by its secretary Oleg Frolov on 20 August 2024.
            """;

    static final String COMMISSION = """
            KAMPALA -- The 5th session of the Russia-China Intergovernmental Commission on Investment opened in Kampala on 10 July 2024.
            The 3rd session was held in Moscow on 2 March 2023.
            """;

    static final String KENYA = """
            NAIROBI -- Kenya and Uganda agreed to reopen the border post at Busia on 4 April 2024.
            """;

    static final String UNDATED = """
            Russia and China exchanged views on energy security.
            """;

    static final String MECHANISM = "Russia-China Intergovernmental Commission on Investment";

    private SideArticles() {
    }

    static List<Extraction> all() {
        return List.of(
                new ArticleBuilder("roadmap", "https://news.example.org/roadmap", "Roadmap on farm trade signed",
                        LocalDate.of(2024, 6, 3), ROADMAP)
                        .event(EventType.AGREEMENT, EventStatus.OCCURRED, "2024-06-03", DateSource.EXPLICIT,
                                "on 3 June 2024", "Moscow", null, "057", ROADMAP.strip())
                        .extraction(),
                new ArticleBuilder("summit", null, "Li and Sokol meet", LocalDate.of(2024, 5, 16), SUMMIT)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-05-16", DateSource.EXPLICIT,
                                "on 16 May 2024", "Beijing", null, "042", SUMMIT.strip(),
                                p("Li Wen", "CHN", "President"), p("Pavel Sokol", "RUS", "President"))
                        .extraction(),
                new ArticleBuilder("duma", null, "Orlov in Beijing", LocalDate.of(2024, 7, 12), DUMA)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-07-12", DateSource.EXPLICIT,
                                "on 12 July 2024", "Beijing", null, "042", DUMA.lines().findFirst().orElseThrow(),
                                p("Ivan Orlov", "RUS", "Chairman of the State Duma"), p("Li Wen", "CHN", "President"))
                        .event(EventType.VISIT, EventStatus.PLANNED, "2030-03", DateSource.EXPLICIT, "in March 2030",
                                "Beijing", null, "043", "Orlov will visit Beijing again in March 2030, the Duma said.",
                                p("Ivan Orlov", "RUS", null), p("Li Wen", "CHN", null))
                        .extraction(),
                new ArticleBuilder("party", null, "Party delegation", LocalDate.of(2024, 8, 20), PARTY)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-08-20", DateSource.EXPLICIT,
                                "on 20 August 2024", null, null, "042", PARTY.strip(),
                                p("Li Wen", "CHN", "President"), p("Oleg Frolov", "RUS", "Secretary of United Russia"))
                        .extraction(),
                new ArticleBuilder("commission", "/srv/parley/feeds/commission.txt", "Investment commission meets",
                        LocalDate.of(2024, 7, 10), COMMISSION)
                        .event(EventType.SESSION, EventStatus.OCCURRED, "2024-07-10", DateSource.EXPLICIT,
                                "on 10 July 2024", "Kampala", "5th session of the " + MECHANISM, "046", COMMISSION.lines().findFirst().orElseThrow())
                        .event(EventType.SESSION, EventStatus.OCCURRED, "2023-03-02", DateSource.EXPLICIT,
                                "on 2 March 2023", "Moscow", "3rd session of the " + MECHANISM, "046",
                                "The 3rd session was held in Moscow on 2 March 2023.")
                        .extraction(),
                new ArticleBuilder("kenya", null, "Border post to reopen", LocalDate.of(2024, 4, 4), KENYA)
                        .event(EventType.AGREEMENT, EventStatus.OCCURRED, "2024-04-04", DateSource.EXPLICIT,
                                "on 4 April 2024", "Nairobi", null, "057", KENYA.strip())
                        .extraction(),
                new ArticleBuilder("undated-sides", null, null, null, UNDATED)
                        .event(EventType.MEETING, EventStatus.OCCURRED, null, DateSource.NONE, null, null, null, "042",
                                UNDATED.strip())
                        .extraction());
    }

    /** Stores every article above in the database {@code location} names (a file or a PostgreSQL URL). */
    static String fill(String location) {
        try (Store store = Stores.open(location)) {
            all().forEach(store::save);
        }
        return location;
    }
}
