package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import org.parley.model.Extraction;
import org.parley.resolve.Curation;
import org.parley.resolve.KbEntry;
import org.parley.resolve.Resolver;
import org.sqlite.SQLiteConfig;

/**
 * The store in one SQLite file. Opening creates the file if needed and migrates its schema.
 *
 * <p>WAL journal with {@code synchronous=NORMAL}: a killed process loses at most the transaction in
 * flight, never a committed article, and readers do not block the writer. Transactions begin
 * IMMEDIATE, so a writer takes the lock up front instead of failing half-way when another process
 * writes. One connection, used under this object's lock: SQLite has one writer anyway.
 */
public final class SqliteStore implements Store {

    /** How long to wait for another process's write lock before giving up. */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;

    private SqliteStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if absent) the database in {@code file} and brings its schema up to date. */
    public static SqliteStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot open database " + file + ": folder " + parent + " does not exist");
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection connection = connect(config, file);
            try {
                new Migrations("sqlite").migrate(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            SqliteStore store = new SqliteStore(file, connection);
            if (store.unresolved()) {
                // a database written before the knowledge base existed: derive it once
                store.rebuildKnowledgeBase();
            }
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Two processes that open a new file at once both switch it to WAL, and one of them may find the other's
     * rollback journal gone (SQLITE_IOERR_DELETE_NOENT) or the file locked: a few tries, a little apart.
     */
    private static Connection connect(SQLiteConfig config, Path file) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return config.createConnection("jdbc:sqlite:" + file);
            } catch (SQLException e) {
                String message = String.valueOf(e.getMessage());
                boolean passing = message.contains("SQLITE_IOERR") || message.contains("SQLITE_BUSY");
                if (!passing || attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public synchronized boolean save(Extraction extraction) {
        return inTransaction("store the article", c -> {
            boolean inserted = new ExtractionWriter(c).insert(extraction);
            if (inserted) {
                new Resolver(c).resolveArticle(extraction.article().contentHash());
            }
            return inserted;
        });
    }

    @Override
    public synchronized long fingerprintMark() {
        return read("read fingerprints in", c -> new DuplicateTables(c).fingerprintMark());
    }

    @Override
    public synchronized NewArticle saveNew(Extraction extraction, long fingerprint, long mark,
                                           Function<List<ArticleFingerprint>, Optional<ArticleFingerprint>> nearCopy) {
        // an IMMEDIATE transaction: the write lock is held from the check to the commit
        return inTransaction("store the article", c -> new DuplicateTables(c).saveNew(extraction, fingerprint, mark,
                nearCopy, tx -> {
                    boolean inserted = new ExtractionWriter(tx).insert(extraction);
                    if (inserted) {
                        new Resolver(tx).resolveArticle(extraction.article().contentHash());
                    }
                    return inserted;
                }));
    }

    private boolean unresolved() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM events e WHERE NOT EXISTS"
                + " (SELECT 1 FROM occasion_events oe WHERE oe.event_id = e.id) LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Drops the knowledge base and occasions and derives them again from every stored article. */
    public synchronized void rebuildKnowledgeBase() {
        inTransaction("rebuild the knowledge base", c -> {
            new Resolver(c).rebuild();
            return null;
        });
    }

    /** Records an analyst's merge or split and applies it to everything stored (the knowledge base is rebuilt). */
    public synchronized void decide(Curation.Decision decision) {
        inTransaction("record the decision", c -> {
            new Resolver(c).decide(decision);
            return null;
        });
    }

    /** Adds an analyst's actors (own list or dictionary); returns how many. */
    public synchronized int importActors(List<KbEntry> entries) {
        return inTransaction("import actors", c -> new Resolver(c).importEntries(entries));
    }

    /** Every actor with aliases, titles over time and codes. */
    public synchronized List<KbEntry> exportActors() {
        return read("read actors from", c -> new Resolver(c).exportEntries());
    }

    /** Actors passing every filter of {@code query}: persons first, by name. */
    public synchronized List<StoredActor> actors(ActorQuery query) {
        return read("read actors from", c -> new ActorReader(c).actors(query));
    }

    /** The profile of the actor with this id or name, if there is one. */
    public synchronized Optional<ActorProfile> actor(String idOrName) {
        return read("read actors from", c -> {
            ActorReader reader = new ActorReader(c);
            Optional<StoredActor> actor = reader.find(idOrName);
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(reader.profile(actor.get(), new EventReader(c).read(EventQuery.ALL)));
        });
    }

    /** Work on the connection, all or nothing. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
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
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean contains(String contentHash) {
        return read("read", c -> {
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
        return read("read events from", c -> new EventReader(c).read(query));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    // Duplicates and feed state (schema 50): the statements are in DuplicateTables, shared with PostgreSQL.

    @Override
    public synchronized void addFingerprint(String articleId, long fingerprint) {
        read("use", c -> {
            new DuplicateTables(c).addFingerprint(articleId, fingerprint);
            return null;
        });
    }

    @Override
    public synchronized List<ArticleFingerprint> recentFingerprints(int limit) {
        return read("use", c -> new DuplicateTables(c).recentFingerprints(limit));
    }

    @Override
    public synchronized boolean addSource(String articleId, String url, String origin, LocalDate published) {
        return read("use", c -> new DuplicateTables(c).addSource(articleId, url, origin, published));
    }

    @Override
    public synchronized Set<String> seenLinks(int limit) {
        return read("use", c -> new DuplicateTables(c).seenLinks(limit));
    }

    @Override
    public synchronized void addSeenLinks(Collection<String> links) {
        read("use", c -> {
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

    /** Work on the connection outside a transaction; {@code what} reads "cannot WHAT FILE: reason". */
    private <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
