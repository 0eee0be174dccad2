package org.parley.server;

import static org.parley.server.ArticleBuilder.p;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.SqliteStore;
import org.parley.store.Store;

/**
 * Four short articles written for these tests, two occasions each reported twice: a meeting in Bergen that
 * one outlet dates 10 July 2023 and another 11 July, and a visit to Helsinki announced as planned, then
 * reported held.
 */
final class SharedOccasions {

    static final String BERGEN_A = """
            BERGEN, July 11 -- Norwegian Foreign Minister Anna Berg met Finnish Foreign Minister Tomas Lind in Bergen on Monday, July 10, 2023.
            They discussed fisheries and the Arctic Council.
            """;
    static final String BERGEN_B = """
            Finnish Foreign Minister Tomas Lind held talks with his Norwegian counterpart Anna Berg in Bergen on 11 July 2023.
            Lind said the talks were useful.
            """;
    static final String PLAN = """
            OSLO, September 1 -- Anna Berg will visit Helsinki on 20 September 2023 to meet Tomas Lind, her office said.
            """;
    static final String HELD = """
            HELSINKI, September 20 -- Norwegian Foreign Minister Anna Berg arrived in Helsinki on 20 September 2023 for talks with Tomas Lind.
            """;

    private SharedOccasions() {
    }

    static List<Extraction> all() {
        return List.of(
                new ArticleBuilder("bergen-a", "https://news.example.org/bergen-a", "Berg and Lind meet in Bergen",
                        LocalDate.of(2023, 7, 11), BERGEN_A)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2023-07-10", DateSource.EXPLICIT,
                                "on Monday, July 10, 2023", "Bergen", null, "042", BERGEN_A.lines().findFirst().orElseThrow(),
                                p("Anna Berg", "NOR", "Foreign Minister"), p("Tomas Lind", "FIN", "Foreign Minister"))
                        .extraction(),
                new ArticleBuilder("bergen-b", "https://other.example.net/bergen", "Nordic ministers in Bergen",
                        LocalDate.of(2023, 7, 12), BERGEN_B)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2023-07-11", DateSource.EXPLICIT,
                                "on 11 July 2023", "Bergen", null, "042", BERGEN_B.lines().findFirst().orElseThrow(),
                                p("Tomas Lind", "FIN", "Foreign Minister"), p("Anna Berg", "NOR", null))
                        .extraction(),
                new ArticleBuilder("plan", null, "Berg to visit Helsinki", LocalDate.of(2023, 9, 1), PLAN)
                        .event(EventType.VISIT, EventStatus.PLANNED, "2023-09-20", DateSource.EXPLICIT,
                                "on 20 September 2023", "Helsinki", null, "043", PLAN.strip(),
                                p("Anna Berg", "NOR", null), p("Tomas Lind", "FIN", null))
                        .extraction(),
                new ArticleBuilder("held", null, "Berg in Helsinki", LocalDate.of(2023, 9, 20), HELD)
                        .event(EventType.VISIT, EventStatus.OCCURRED, "2023-09-20", DateSource.EXPLICIT,
                                "on 20 September 2023", "Helsinki", null, "042", HELD.strip(),
                                p("Anna Berg", "NOR", "Foreign Minister"), p("Tomas Lind", "FIN", null))
                        .extraction());
    }

    /** A database file in {@code dir} holding the four articles, stored the way ingest stores them. */
    static Path database(Path dir) {
        Path db = dir.resolve("shared.db");
        try (Store store = SqliteStore.open(db)) {
            all().forEach(store::save);
        }
        return db;
    }
}
