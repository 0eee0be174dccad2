package org.parley.server;

import static org.parley.server.ArticleBuilder.p;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * Eight short articles written for these tests about invented officials of real countries, with what a
 * reader would extract from them: 12 events from January to September 2024 (one undated), and one article
 * whose text, title and names carry markup meant to run in a browser.
 */
final class DeskArticles {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    static final String OSLO = """
            OSLO, March 5 -- Norwegian Foreign Minister Anna Berg met Finnish Foreign Minister Tomas Lind in Oslo on Tuesday.
            The two ministers discussed Arctic rail links and fisheries.
            They agreed that Berg would travel to Helsinki in June for further talks.
            """;

    static final String MADRID = """
            Madrid, January 22, 2024
            Spanish Foreign Minister Lucia Sanchez spoke by telephone with Anna Berg of Norway on January 20, 2024.
            Earlier this month Finland's Minister of Trade Tomas Lind visited Madrid on 11 January 2024, where he was received by Lucia Sanchez.
            """;

    static final String TALLINN = """
            TALLINN -- Danish Prime Minister Peter Holm met Estonian Prime Minister Maria Kask in Tallinn on 14 May 2024.
            Holm and Kask signed an agreement on offshore wind cooperation on 14 May 2024.
            """;

    static final String RIGA = """
            The 9th session of the Nordic-Baltic Joint Committee on Energy was held in Riga on April 22, 2024, co-chaired by Anna Berg and Maria Kask.
            Delegates reviewed the rail and grid projects agreed last year.
            """;

    static final String MESSAGE = """
            Anna Berg sent a message of congratulations to Lucía Sánchez on February 1, 2024.
            """;

    static final String UNDATED = """
            Tomas Lind wrote to Peter Holm about fisheries quotas.
            """;

    static final String HELSINKI = """
            HELSINKI -- Finnish Foreign Minister Tomas Lind received his Norwegian counterpart Anna Berg in Helsinki on June 12, 2024.
            Berg will visit Tallinn in September 2024, her office said.
            """;

    static final String XSS_TITLE = SCRIPT + " Summit";
    static final String XSS_NAME = "Jon " + IMG + " Dahl";
    static final String XSS = "Nuuk -- Minister Eva " + SCRIPT + " Eriksen of Iceland met " + XSS_NAME
            + " in Nuuk on 2 July 2024 " + IMG + ".\nThey talked about " + SCRIPT + " shipping.\n";
    static final String XSS_EVIDENCE = XSS.substring(0, XSS.indexOf('\n'));

    private DeskArticles() {
    }

    static List<Extraction> all() {
        return List.of(
                new ArticleBuilder("oslo", "https://news.example.org/oslo", "Ministers meet in Oslo",
                        LocalDate.of(2024, 3, 5), OSLO)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-03-05", DateSource.RELATIVE, "on Tuesday",
                                "Oslo", null, "042", OSLO.lines().findFirst().orElseThrow(),
                                p("Anna Berg", "NOR", "Foreign Minister"), p("Tomas Lind", "FIN", "Foreign Minister"))
                        .event(EventType.VISIT, EventStatus.PLANNED, "2024-06", DateSource.RELATIVE, "in June",
                                "Helsinki", null, "043",
                                "They agreed that Berg would travel to Helsinki in June for further talks.",
                                p("Anna Berg", "NOR", null), p("Tomas Lind", "FIN", null))
                        .extraction(),
                new ArticleBuilder("madrid", "https://news.example.org/madrid", "A call and a visit",
                        LocalDate.of(2024, 1, 22), MADRID)
                        .event(EventType.CALL, EventStatus.OCCURRED, "2024-01-20", DateSource.EXPLICIT,
                                "on January 20, 2024", null, null, "040",
                                "Spanish Foreign Minister Lucia Sanchez spoke by telephone with Anna Berg of Norway on January 20, 2024.",
                                p("Lucia Sanchez", "ESP", "Foreign Minister"), p("Anna Berg", "NOR", null))
                        .event(EventType.VISIT, EventStatus.OCCURRED, "2024-01-11", DateSource.EXPLICIT,
                                "on 11 January 2024", "Madrid", null, "042",
                                "Earlier this month Finland's Minister of Trade Tomas Lind visited Madrid on 11 January 2024, where he was received by Lucia Sanchez.",
                                p("Tomas Lind", "FIN", "Minister of Trade"), p("Lucia Sanchez", "ESP", null))
                        .extraction(),
                new ArticleBuilder("tallinn", null, "Wind deal in Tallinn", LocalDate.of(2024, 5, 14), TALLINN)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-05-14", DateSource.EXPLICIT, "on 14 May 2024",
                                "Tallinn", null, "042", TALLINN.lines().findFirst().orElseThrow(),
                                p("Peter Holm", "DNK", "Prime Minister"), p("Maria Kask", "EST", "Prime Minister"))
                        .event(EventType.AGREEMENT, EventStatus.OCCURRED, "2024-05-14", DateSource.EXPLICIT,
                                "on 14 May 2024", "Tallinn", null, "057",
                                "Holm and Kask signed an agreement on offshore wind cooperation on 14 May 2024.",
                                p("Peter Holm", "DNK", null), p("Maria Kask", "EST", null))
                        .extraction(),
                new ArticleBuilder("riga", null, "Energy committee", LocalDate.of(2024, 4, 23), RIGA)
                        .event(EventType.SESSION, EventStatus.OCCURRED, "2024-04-22", DateSource.EXPLICIT,
                                "on April 22, 2024", "Riga", "Nordic-Baltic Joint Committee on Energy", "046",
                                RIGA.lines().findFirst().orElseThrow(),
                                p("Anna Berg", "NOR", "Foreign Minister"), p("Maria Kask", "EST", "Prime Minister"))
                        .extraction(),
                new ArticleBuilder("message", null, null, LocalDate.of(2024, 2, 1), MESSAGE)
                        .event(EventType.MESSAGE, EventStatus.OCCURRED, "2024-02-01", DateSource.EXPLICIT,
                                "on February 1, 2024", null, null, "018", MESSAGE.strip(),
                                p("Anna Berg", "NOR", null), p("Lucía Sánchez", "ESP", null))
                        .extraction(),
                new ArticleBuilder("undated", null, null, null, UNDATED)
                        .event(EventType.MESSAGE, EventStatus.OCCURRED, null, DateSource.NONE, null, null, null, "018",
                                UNDATED.strip(), p("Tomas Lind", "FIN", null), p("Peter Holm", "DNK", null))
                        .extraction(),
                new ArticleBuilder("helsinki", "https://news.example.org/helsinki", "Lind receives Berg",
                        LocalDate.of(2024, 6, 12), HELSINKI)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-06-12", DateSource.EXPLICIT,
                                "on June 12, 2024", "Helsinki", null, "042", HELSINKI.lines().findFirst().orElseThrow(),
                                p("Tomas Lind", "FIN", "Foreign Minister"), p("Anna Berg", "NOR", "Foreign Minister"))
                        .event(EventType.VISIT, EventStatus.PLANNED, "2024-09", DateSource.EXPLICIT, "in September 2024",
                                "Tallinn", null, "043", "Berg will visit Tallinn in September 2024, her office said.",
                                p("Anna Berg", "NOR", null), p("Maria Kask", "EST", null))
                        .extraction(),
                new ArticleBuilder("xss", "javascript:alert(1)", XSS_TITLE, LocalDate.of(2024, 7, 2), XSS)
                        .event(EventType.MEETING, EventStatus.OCCURRED, "2024-07-02", DateSource.EXPLICIT, "on 2 July 2024",
                                "Nuuk " + SCRIPT, null, "042", XSS_EVIDENCE,
                                p("Eva " + SCRIPT + " Eriksen", "ISL", SCRIPT), p(XSS_NAME, "GRL", IMG))
                        .extraction());
    }

    /** A database file in {@code dir} holding every article above, stored the way ingest stores them. */
    static Path database(Path dir) {
        Path db = dir.resolve("desk.db");
        fill(db.toString());
        return db;
    }

    /** Stores every article above in the database {@code location} names (a file or a PostgreSQL URL). */
    static String fill(String location) {
        try (Store store = Stores.open(location)) {
            all().forEach(store::save);
        }
        return location;
    }
}
