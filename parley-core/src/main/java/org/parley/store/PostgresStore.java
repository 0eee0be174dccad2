package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Extraction;
import org.parley.resolve.Curation;
import org.parley.resolve.KbEntry;
import org.parley.resolve.Resolver;

/**
 * The store in a PostgreSQL database that several processes share: the same schema history (scripts
 * under {@code postgresql/}), the same writer and resolver as {@link SqliteStore}.
 *
 * <p>Several processes may ingest at once. An article is keyed by its content hash and inserted with
 * {@code ON CONFLICT DO NOTHING}: a second writer of the same text waits on the key until the first
 * commits, then inserts nothing. Resolution reads the knowledge base and occasions and then writes
 * them, so it runs under a transaction-scoped advisory lock: one resolution at a time across every
 * process, while extraction, the article's own rows and every reader go on in parallel (readers never
 * wait: PostgreSQL serves them the last committed state). A serialisation failure or deadlock is
 * retried with the whole transaction.
 *
 * <p>One connection, used under this object's lock, as in {@link SqliteStore}.
 */
public final class PostgresStore implements Store {

    /** Advisory lock keys, arbitrary but fixed: every Parley process must use the same ones. */
    private static final long MIGRATION_LOCK = 0x5061726c6579_01L;
    private static final long KNOWLEDGE_BASE_LOCK = 0x5061726c6579_02L;
    /** Held from the near-copy check of a new article to its commit (see {@link #saveNew}). */
    private static final long NEW_ARTICLE_LOCK = 0x5061726c6579_03L;
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    private static final int ATTEMPTS = 5;

    private final String where;
    private final Connection connection;

    private PostgresStore(String where, Connection connection) {
        this.where = where;
        this.connection = connection;
    }

    /** Connects to the database at the JDBC URL and brings its schema up to date. */
    public static PostgresStore open(String jdbcUrl) {
        String where = Stores.redacted(jdbcUrl);
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl);
            try {
                migrate(connection);
                PostgresStore store = new PostgresStore(where, connection);
                if (store.unresolved()) {
                    store.rebuildKnowledgeBase(); // written before the knowledge base existed
                }
                return store;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + where + ": " + e.getMessage(), e);
        }
    }

    /** Two processes opening a fresh database at once would race on its CREATE TABLEs: one migrates. */
    private static void migrate(Connection connection) throws SQLException {
        advisory(connection, "SELECT pg_advisory_lock(?)", MIGRATION_LOCK);
        try {
            new Migrations("postgresql").migrate(connection);
        } finally {
            advisory(connection, "SELECT pg_advisory_unlock(?)", MIGRATION_LOCK);
        }
    }

    private static void advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        }
    }

    @Override
    public synchronized boolean save(Extraction extraction) {
        boolean[] inserted = new boolean[1];
        inTransaction("store the article", c -> {
            inserted[0] = new ExtractionWriter(c).insert(extraction);
            if (inserted[0]) {
                resolving(c).resolveArticle(extraction.article().contentHash());
            }
        });
        return inserted[0];
    }

    @Override
    public synchronized long fingerprintMark() {
        return read("read fingerprints", c -> new DuplicateTables(c).fingerprintMark());
    }

    @Override
    public synchronized NewArticle saveNew(Extraction extraction, long fingerprint, long mark,
                                           java.util.function.Function<List<ArticleFingerprint>,
                                                   Optional<ArticleFingerprint>> nearCopy) {
        NewArticle[] result = new NewArticle[1];
        inTransaction("store the article", c -> {
            // one new article at a time across processes, so that each check sees every earlier insert
            advisory(c, "SELECT pg_advisory_xact_lock(?)", NEW_ARTICLE_LOCK);
            result[0] = new DuplicateTables(c).saveNew(extraction, fingerprint, mark, nearCopy, tx -> {
                boolean inserted = new ExtractionWriter(tx).insert(extraction);
                if (inserted) {
                    resolving(tx).resolveArticle(extraction.article().contentHash());
                }
                return inserted;
            });
        });
        return result[0];
    }

    /** The resolver, once this transaction holds the knowledge base (released at commit or rollback). */
    private static Resolver resolving(Connection c) throws SQLException {
        advisory(c, "SELECT pg_advisory_xact_lock(?)", KNOWLEDGE_BASE_LOCK);
        return new Resolver(c);
    }

    @Override
    public synchronized boolean contains(String contentHash) {
        return read("read the articles", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                ps.setString(1, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public synchronized List<StoredEvent> events(EventQuery query) {
        return read("read events", c -> new EventReader(c).read(query));
    }

    @Override
    public synchronized List<StoredActor> actors(ActorQuery query) {
        return read("read actors", c -> new ActorReader(c).actors(query));
    }

    @Override
    public synchronized Optional<ActorProfile> actor(String idOrName) {
        // one snapshot for the actor and the events its profile lists
        return transactionResult("read actors", c -> {
            ActorReader reader = new ActorReader(c);
            Optional<StoredActor> actor = reader.find(idOrName);
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(reader.profile(actor.get(), new EventReader(c).read(EventQuery.ALL)));
        });
    }

    @Override
    public synchronized void decide(Curation.Decision decision) {
        inTransaction("record the decision", c -> resolving(c).decide(decision));
    }

    @Override
    public synchronized int importActors(List<KbEntry> entries) {
        return transactionResult("import actors", c -> resolving(c).importEntries(entries));
    }

    @Override
    public synchronized List<KbEntry> exportActors() {
        return read("read actors", c -> new Resolver(c).exportEntries());
    }

    @Override
    public synchronized void rebuildKnowledgeBase() {
        inTransaction("rebuild the knowledge base", c -> resolving(c).rebuild());
    }

    private boolean unresolved() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM events e WHERE NOT EXISTS"
                + " (SELECT 1 FROM occasion_events oe WHERE oe.event_id = e.id) LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + where + ": " + e.getMessage(), e);
        }
    }

    /** Work on the connection that returns a value. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on the connection with no value. */
    private interface Step {
        void run(Connection connection) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        }
    }

    private void inTransaction(String what, Step step) {
        transactionResult(what, c -> {
            step.run(c);
            return null;
        });
    }

    /** All or nothing; again from the start when PostgreSQL chose this transaction to fail a conflict. */
    private <T> T transactionResult(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && RETRYABLE.contains(e.getSQLState())) {
                    continue;
                }
                throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
            }
        }
    }

    // Duplicates and feed state (schema 50): the same statements as SQLite, in DuplicateTables.

    @Override
    public synchronized void addFingerprint(String articleId, long fingerprint) {
        read("store a fingerprint", c -> {
            new DuplicateTables(c).addFingerprint(articleId, fingerprint);
            return null;
        });
    }

    @Override
    public synchronized java.util.List<ArticleFingerprint> recentFingerprints(int limit) {
        return read("read fingerprints", c -> new DuplicateTables(c).recentFingerprints(limit));
    }

    @Override
    public synchronized boolean addSource(String articleId, String url, String origin, java.time.LocalDate published) {
        return read("add a source", c -> new DuplicateTables(c).addSource(articleId, url, origin, published));
    }

    @Override
    public synchronized java.util.Set<String> seenLinks(int limit) {
        return read("read seen links", c -> new DuplicateTables(c).seenLinks(limit));
    }

    @Override
    public synchronized void addSeenLinks(java.util.Collection<String> links) {
        read("store seen links", c -> {
            new DuplicateTables(c).addSeenLinks(links);
            return null;
        });
    }

    @Override
    public synchronized java.util.List<org.parley.model.PageRetry> pageRetries() {
        return read("read page retries", c -> new DuplicateTables(c).pageRetries());
    }

    @Override
    public synchronized void savePageRetries(java.util.Collection<org.parley.model.PageRetry> retries,
                                             java.util.Collection<String> fetched) {
        read("store page retries", c -> {
            new DuplicateTables(c).savePageRetries(retries, fetched);
            return null;
        });
    }
}
