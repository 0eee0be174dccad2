package org.parley.server;

import static org.parley.server.ArticleBuilder.p;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * {@link DeskArticles} and one more article of ours, whose evidence speaks of a railway: the words filter's
 * prefixes ("rail") are tested against it, as no evidence sentence of the desk articles holds "rail".
 */
final class RailwayArticles {

    static final String VILNIUS = """
            VILNIUS -- Lithuanian Transport Minister Rasa Kalnaite met Polish Infrastructure Minister Jan Wolski in Vilnius on 3 October 2024 to review the railway corridor.
            """;

    /** The railway event's date, the newest of all. */
    static final String RAILWAY_DAY = "2024-10-03";

    private RailwayArticles() {
    }

    static List<Extraction> all() {
        List<Extraction> all = new ArrayList<>(DeskArticles.all());
        all.add(new ArticleBuilder("vilnius", null, "Railway corridor reviewed", LocalDate.of(2024, 10, 3), VILNIUS)
                .event(EventType.MEETING, EventStatus.OCCURRED, RAILWAY_DAY, DateSource.EXPLICIT, "on 3 October 2024",
                        "Vilnius", null, "042", VILNIUS.strip(),
                        p("Rasa Kalnaite", "LTU", "Transport Minister"), p("Jan Wolski", "POL", "Infrastructure Minister"))
                .extraction());
        return all;
    }

    /** Stores every article above in the database {@code location} names (a file or a PostgreSQL URL). */
    static String fill(String location) {
        try (Store store = Stores.open(location)) {
            all().forEach(store::save);
        }
        return location;
    }
}
