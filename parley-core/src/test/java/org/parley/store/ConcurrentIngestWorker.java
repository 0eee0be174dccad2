package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;

/**
 * One ingest process of {@link PostgresConcurrentIngestTest}: saves every article of {@link #articles()},
 * in an order of its own, into the database of its first argument, starting at a given instant so that
 * the processes write at the same time. Prints how many it stored.
 */
public final class ConcurrentIngestWorker {

    static final int OCCASIONS = 8;
    static final List<Participant> PEOPLE = List.of(new Participant("Anna Berg", "NOR", null),
            new Participant("Tomas Lind", "FIN", null), new Participant("Lucía Sánchez", "ESP", null),
            new Participant("Kari Holm", "NOR", null), new Participant("Jonas Vik", "SWE", null),
            new Participant("Marta Nowak", "POL", null));

    private ConcurrentIngestWorker() {
    }

    /** Two articles (reports) of each of {@link #OCCASIONS} meetings: a pair of people, a day each. */
    static List<Extraction> articles() {
        List<Extraction> out = new ArrayList<>();
        for (int i = 0; i < OCCASIONS; i++) {
            Participant a = PEOPLE.get(i % PEOPLE.size());
            Participant b = PEOPLE.get((i + 1 + i / PEOPLE.size()) % PEOPLE.size());
            FuzzyDate day = FuzzyDate.day(LocalDate.of(2024, 1, 1).plusDays(10L * i));
            out.add(Fixtures.single("m" + i + "-first", EventType.MEETING, EventStatus.OCCURRED, day, a, b));
            out.add(Fixtures.single("m" + i + "-second", EventType.MEETING, EventStatus.OCCURRED, day, b, a));
        }
        return out;
    }

    /** Arguments: JDBC URL, seed of this process's order, start instant (epoch milliseconds). */
    public static void main(String[] args) throws InterruptedException {
        List<Extraction> articles = new ArrayList<>(articles());
        Collections.shuffle(articles, new Random(Long.parseLong(args[1])));
        long wait = Long.parseLong(args[2]) - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        int stored = 0;
        try (Store store = Stores.open(args[0])) {
            for (Extraction e : articles) {
                stored += store.save(e) ? 1 : 0;
            }
        }
        System.out.println(stored);
    }
}
