package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.parley.store.read.ActorProfile;
import org.parley.store.read.ActorSummary;
import org.parley.store.read.ArticleView;
import org.parley.store.read.EventCursor;
import org.parley.store.read.EventDetail;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.MonthlyStats;
import org.parley.store.read.Network;
import org.parley.store.read.NetworkLevel;
import org.parley.store.read.SearchHit;

/** The read model over one SQLite file, through a few read-only connections. */
public final class SqliteReadModel implements ReadModel {

    private final ReadConnections connections;

    private SqliteReadModel(ReadConnections connections) {
        this.connections = connections;
    }

    /**
     * Opens an existing database for reading. Its schema is first brought up to date (the only write),
     * so that a database from before the read model gets its search index and keys.
     *
     * @param connections how many requests may read at once
     */
    public static SqliteReadModel open(Path file, int connections) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no database at " + file + " (run 'parley ingest' first)");
        }
        SqliteStore.open(file).close();
        try {
            return new SqliteReadModel(new ReadConnections(file, connections));
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + " for reading: " + e.getMessage(), e);
        }
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
        return connections.with("search results", c -> new ReadSearch(c).search(words, limit));
    }

    @Override
    public MonthlyStats monthly(EventFilter filter, int topPairs) {
        return connections.with("monthly counts", c -> new ReadStats(c).monthly(filter, topPairs));
    }

    @Override
    public void close() {
        connections.close();
    }
}
