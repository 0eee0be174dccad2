package org.parley.store;

import java.sql.SQLException;

/**
 * The read model over a PostgreSQL database that ingest processes write at the same time: a few read-only
 * connections in autocommit, so a request reads what writers have committed and never waits for them
 * (nor makes them wait). The desk's keys and counts are views there (postgresql/101), search uses the
 * tsvector columns (postgresql/100).
 */
public final class PostgresReadModel extends PooledReadModel {

    private PostgresReadModel(ReadConnections connections) {
        super(connections);
    }

    /**
     * Connects to the database at {@code jdbcUrl} for reading. Its schema is first brought up to date
     * (the only write, under the migration lock all Parley processes share).
     *
     * @param connections how many requests may read at once
     */
    public static PostgresReadModel open(String jdbcUrl, int connections) {
        PostgresStore.open(jdbcUrl).close();
        try {
            return new PostgresReadModel(ReadConnections.postgres(jdbcUrl, connections));
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + Stores.redacted(jdbcUrl) + " for reading: "
                    + e.getMessage(), e);
        }
    }
}
