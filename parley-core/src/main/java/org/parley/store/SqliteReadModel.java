package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** The read model over one SQLite file, through a few read-only connections. */
public final class SqliteReadModel extends PooledReadModel {

    private SqliteReadModel(ReadConnections connections) {
        super(connections);
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
            return new SqliteReadModel(ReadConnections.sqlite(file, connections));
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + " for reading: " + e.getMessage(), e);
        }
    }
}
