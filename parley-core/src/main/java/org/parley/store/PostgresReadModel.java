package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** A database migrated while 101 was still an empty twin lacks the views (versions are never re-run). */
    private static boolean hasDeskViews(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT to_regclass('occasion_actors')")) {
            return rs.next() && rs.getString(1) != null;
        }
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
            ReadConnections pool = ReadConnections.postgres(jdbcUrl, connections);
            if (!pool.with("the schema", PostgresReadModel::hasDeskViews)) {
                pool.close();
                throw new StoreException("database " + Stores.redacted(jdbcUrl) + " recorded schema version 101 before"
                        + " it held the desk's views: apply postgresql/101-desk-occasions.sql to it by hand");
            }
            return new PostgresReadModel(pool);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + Stores.redacted(jdbcUrl) + " for reading: "
                    + e.getMessage(), e);
        }
    }
}
