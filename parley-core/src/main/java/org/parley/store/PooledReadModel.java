package org.parley.store;

import java.sql.SQLException;
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
 * The read model over a few read-only connections, whatever the database: the SQL is shared, and what
 * the dialects say differently is chosen per connection ({@link SqlDialect}).
 */
abstract class PooledReadModel implements ReadModel {

    private final ReadConnections connections;

    PooledReadModel(ReadConnections connections) {
        this.connections = connections;
    }

    @Override
    public EventPage events(EventFilter filter, EventCursor after, int limit) {
        return connections.with("events", c -> new ReadEvents(c).page(filter, after, limit));
    }

    @Override
    public Optional<EventDetail> event(long id) {
        return connections.with("event " + id, c -> new ReadOccasion(c).detail(id));
    }

    @Override
    public Optional<ArticleView> article(String id) {
        return connections.with("article " + id, c -> new ReadArticles(c).article(id));
    }

    @Override
    public List<ActorSummary> actors(String name, int offset, int limit) {
        return connections.with("actors", c -> new ReadActors(c).list(name, offset, limit));
    }

    @Override
    public Optional<ActorProfile> actor(String idOrName, int eventLimit) {
        return connections.with("actor " + idOrName, c -> new ReadActors(c).profile(idOrName, eventLimit));
    }

    @Override
    public Network network(EventFilter filter, NetworkLevel level, int maxNodes, int maxEvents) {
        return connections.with("the network", c -> new ReadNetwork(c).network(filter, level, maxNodes, maxEvents));
    }

    @Override
    public List<SearchHit> search(String words, int limit) {
        return connections.with("search results",
                c -> new SearchResults(c).around(SqlDialect.of(c).search(c, words, limit), words, limit));
    }

    @Override
    public MonthlyStats monthly(EventFilter filter, int topPairs) {
        return connections.with("monthly counts", c -> new ReadStats(c).monthly(filter, topPairs));
    }

    @Override
    public PairView pair(CountryPair pair, java.time.LocalDate today) {
        return connections.with("the pair " + pair.label(), c -> new ReadPair(c).pair(pair, today));
    }

    @Override
    public void close() {
        connections.close();
    }
}
