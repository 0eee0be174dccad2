package org.parley.store;

import java.util.List;
import java.util.Optional;
import org.parley.store.read.ActorProfile;
import org.parley.store.read.ActorSummary;
import org.parley.store.read.ArticleView;
import org.parley.store.read.CountryPair;
import org.parley.store.read.EventCursor;
import org.parley.store.read.EventDetail;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.MonthlyStats;
import org.parley.store.read.Network;
import org.parley.store.read.NetworkLevel;
import org.parley.store.read.PairView;
import org.parley.store.read.SearchHit;

/**
 * What the API and web UI read: the timeline, events with their sources, articles, actors, the network,
 * search and monthly counts. Backend-neutral (SQLite now, PostgreSQL later); read-only. An event is an
 * occasion: one real meeting, call or visit however many articles report it, with every source. Actors
 * are the knowledge base's (ids are numbers; an actor may also be named by any spelling it knows).
 * Failures are {@link StoreException}s; implementations are safe to share between threads.
 */
public interface ReadModel extends AutoCloseable {

    /** The largest page any list returns. */
    int MAX_PAGE = 500;

    /** Occasions passing {@code filter}, newest first (undated last), after {@code after} (null: from the top). */
    EventPage events(EventFilter filter, EventCursor after, int limit);

    Optional<EventDetail> event(long id);

    /** An article by its key in the store (content hash). */
    Optional<ArticleView> article(String id);

    /** Actors, most occasions first; {@code name} (or null) is part of a name or alias, any case or accents. */
    List<ActorSummary> actors(String name, int offset, int limit);

    /** The profile of the actor with this id (or name), with its {@code eventLimit} most recent occasions. */
    Optional<ActorProfile> actor(String idOrName, int eventLimit);

    /** Who met whom among the most recent {@code maxEvents} events passing {@code filter}; the busiest nodes. */
    Network network(EventFilter filter, NetworkLevel level, int maxNodes, int maxEvents);

    /** Articles and evidence sentences holding every word of {@code words}, best first. */
    List<SearchHit> search(String words, int limit);

    /** Events passing {@code filter} per month, by type and by the {@code topPairs} busiest country pairs. */
    MonthlyStats monthly(EventFilter filter, int topPairs);

    /** What the pair page shows of two countries; plans are "ahead" from {@code today} on. */
    PairView pair(CountryPair pair, java.time.LocalDate today);

    @Override
    void close();
}
