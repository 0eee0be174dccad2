package org.parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.parley.extract.Cameo;
import org.parley.model.Event;
import org.parley.model.Extraction;
import org.parley.model.Participant;
import org.parley.lexicon.NameKey;
import org.parley.store.ActorQuery;
import org.parley.store.EventQuery;
import org.parley.store.EventSource;
import org.parley.store.SqliteStore;
import org.parley.store.StoredActor;
import org.parley.store.StoredEvent;

/**
 * Occasions of one group of candidate reports (same type, sides and month; see {@link OccasionKeys}),
 * merged by the store's own resolver: the group's articles are saved, in a repeatable order, into a
 * SQLite store on the executor's local disk, and its timeline and actors read back as rows. No second
 * implementation of the matching rules: it is the code 'parley ingest' runs.
 */
final class OccasionMerge {

    /**
     * A group member: an article with the events of this group, their positions in the whole article,
     * and which of them have this group as their home (the others are copies; see {@link OccasionKeys}).
     */
    record Member(Extraction extraction, List<Integer> positions, Set<Integer> home) {
    }

    /**
     * One occasion as one group resolved it: its row, its sources' rows (without the event id), the
     * reports it holds ("article:position", in the sources' order) and whether any is at home here.
     */
    record GroupOccasion(String lineage, String month, Row event, List<Row> sources, List<String> reports,
                         boolean home) implements Serializable {

        GroupOccasion {
            sources = List.copyOf(sources);
            reports = List.copyOf(reports);
        }

        String eventId() {
            return event.getString(0);
        }
    }

    /** What a group yields: an actor row or an occasion. */
    record Output(Row actor, GroupOccasion occasion) implements Serializable {
    }

    private static Path emptyStore;

    /** Where groups' stores go: see {@link #scratch()}. */
    static final String SCRATCH_PROPERTY = "parley.merge.scratch";

    private OccasionMerge() {
    }

    /**
     * The group's actors and occasions; {@code reports} counts the reports the group resolved. A group of
     * copies only is not resolved: each resolution saves its articles in a store, the costly part.
     */
    static List<Output> resolve(String key, Iterable<String> encoded, LongAccumulator reports,
                                LargestAccumulator largest) {
        List<Member> members = new ArrayList<>();
        encoded.forEach(v -> members.add(OccasionKeys.member(v)));
        if (members.stream().allMatch(m -> m.home().isEmpty())) {
            // only copies: whatever they make is made at their homes too, and would be dropped
            return List.of();
        }
        long size = members.stream().mapToLong(m -> m.positions().size()).sum();
        reports.add(size);
        largest.add(size);
        // the order 'parley ingest' would store them in: by file, then record
        members.sort(Comparator.comparing((Member m) -> m.extraction().article().origin())
                .thenComparing(m -> m.extraction().article().id()));
        Map<String, Member> byHash = new HashMap<>();
        Path folder = null;
        try {
            folder = Files.createTempDirectory(scratch(), "parley-occasions-");
            Path file = Files.copy(emptyStore(), folder.resolve("group.db"));
            try (SqliteStore store = SqliteStore.open(file)) {
                for (Member m : members) {
                    if (store.save(m.extraction())) {
                        byHash.put(m.extraction().article().contentHash(), m);
                    }
                }
                return rows(key, store.events(EventQuery.ALL), store.actors(ActorQuery.ALL), byHash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder for group " + key, e);
        } finally {
            delete(folder);
        }
    }

    /**
     * An empty store, migrated once per JVM and copied for each group: a new SQLite file runs every
     * migration when opened (about 100 ms, measured), and most groups hold a few reports.
     */
    private static synchronized Path emptyStore() throws IOException {
        if (emptyStore == null || !Files.exists(emptyStore)) {
            Path folder = Files.createTempDirectory(scratch(), "parley-empty-store-");
            Path file = folder.resolve("empty.db");
            try (SqliteStore store = SqliteStore.open(file)) {
                // closing the only connection folds the write-ahead log into the file
            }
            folder.toFile().deleteOnExit(); // deleted in reverse order: the file, then its folder
            file.toFile().deleteOnExit();
            emptyStore = file;
        }
        return emptyStore;
    }

    /**
     * A folder in memory when the system has one (/dev/shm), else the temporary folder, unless the
     * system property {@value #SCRATCH_PROPERTY} names one. A group's store lives a few milliseconds and
     * is deleted; on disk, closing it waits for SQLite's flushes to the disk, which took most of the merge
     * stage's time (2,000 articles: 89 s of task time, 19 s of it on the CPU, measured).
     */
    private static Path scratch() {
        String configured = System.getProperty(SCRATCH_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        Path memory = Path.of("/dev/shm");
        return Files.isDirectory(memory) && Files.isWritable(memory) ? memory
                : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static List<Output> rows(String key, List<StoredEvent> events, List<StoredActor> actors,
                                    Map<String, Member> byHash) {
        List<Output> out = new ArrayList<>();
        Map<Long, String> actorKeys = new HashMap<>();
        for (StoredActor a : actors) {
            String actorKey = actorKey(a.kind(), a.name(), a.country());
            actorKeys.put(a.id(), actorKey);
            out.add(new Output(RowFactory.create(actorKey, a.kind(), a.name(), a.country(),
                    a.aliases().toArray(String[]::new),
                    a.titles().stream().map(t -> t.title()).distinct().toArray(String[]::new)), null));
        }
        Set<String> taken = new HashSet<>();
        for (StoredEvent e : events) {
            List<Row> sources = new ArrayList<>();
            List<String> reports = new ArrayList<>();
            boolean home = false;
            String eventId = null;
            for (EventSource s : e.sources()) {
                Member m = byHash.get(s.articleId());
                int position = positionOf(m, s, taken);
                eventId = eventId == null ? s.articleId() + ":" + position : eventId;
                Event reported = m.extraction().events().get(m.positions().indexOf(position));
                sources.add(source(s, position, reported, m.extraction()));
                reports.add(s.articleId() + ":" + position);
                home |= m.home().contains(position);
            }
            out.add(new Output(null, new GroupOccasion(OccasionKeys.lineage(key), OccasionKeys.month(key),
                    RowFactory.create(eventId, e.type().label(), e.status().label(),
                    e.date().start() == null ? null : e.date().start().iso(),
                    e.date().end() == null ? null : e.date().end().iso(),
                    e.date().start() == null ? null : e.date().start().precision().name().toLowerCase(),
                    e.location(), e.mechanism(), e.cameo(), e.cameo() == null ? null : Cameo.goldstein(e.cameo()),
                    e.confidence(), e.participants().stream().map(Participant::name).toArray(String[]::new),
                    e.participants().stream().map(Participant::country).toArray(String[]::new),
                    e.actorIds().stream().map(actorKeys::get).toArray(String[]::new),
                    e.planFulfilled(), e.dateConflict(), e.sources().size()), sources, reports, home)));
        }
        return out;
    }

    /** The source's position in its whole article: the group's event stored with this sentence. */
    private static int positionOf(Member m, EventSource s, Set<String> taken) {
        List<Event> events = m.extraction().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String id = s.articleId() + ":" + m.positions().get(i);
            if (e.evidence().begin() == s.begin() && e.evidence().end() == s.end() && taken.add(id)) {
                return m.positions().get(i);
            }
        }
        throw new IllegalStateException("no event of " + s.articleId() + " at " + s.begin() + "-" + s.end());
    }

    private static Row source(EventSource s, int position, Event e, Extraction x) {
        return RowFactory.create(s.articleId(), position, s.sourceId(), s.origin(), s.url(),
                s.published() == null ? null : s.published().toString(), e.type().label(), e.status().label(),
                e.date().start() == null ? null : e.date().start().iso(),
                e.date().end() == null ? null : e.date().end().iso(), e.location(),
                e.participants().stream().map(Participant::name).toArray(String[]::new),
                e.participants().stream().map(Participant::country).toArray(String[]::new),
                e.evidence().sentence(), e.evidence().begin(), e.evidence().end());
    }

    static Row prepend(String value, Row row) {
        Object[] values = new Object[row.length() + 1];
        values[0] = value;
        for (int i = 0; i < row.length(); i++) {
            values[i + 1] = row.get(i);
        }
        return RowFactory.create(values);
    }

    /** Groups resolve apart, so an actor is known across them by kind, folded name and side. */
    static String actorKey(String kind, String name, String country) {
        return kind + ":" + NameKey.key(name) + ":" + (country == null ? "" : country);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // scratch left in the executor's temporary folder; the rows are made
        }
    }
}
