package org.parley.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * A few read-only connections to one database, lent to one reader at a time. On SQLite, WAL lets them read
 * while another process writes; on PostgreSQL, each statement reads the last committed state and never
 * waits for writers. Read-only means no query of the API can change the database.
 *
 * <p>PostgreSQL's connections go through HikariCP, which checks a connection before lending it and opens
 * a new one for a dead one, so a server restarted under a running desk costs the requests made while it
 * is down, not every request after. SQLite's are files, opened once.
 */
final class ReadConnections implements AutoCloseable {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Opens one connection. */
    private interface Opener {
        Connection open() throws SQLException;
    }

    private final String where;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    /** PostgreSQL's pool; null on SQLite, which lends from {@link #idle}. */
    private final HikariDataSource pool;

    private ReadConnections(String where, HikariDataSource pool) {
        this.where = where;
        this.idle = null;
        this.pool = pool;
    }

    private ReadConnections(String where, int count, Opener opener) throws SQLException {
        this.where = where;
        this.pool = null;
        this.idle = new ArrayBlockingQueue<>(count);
        try {
            for (int i = 0; i < count; i++) {
                Connection c = opener.open();
                all.add(c);
                idle.add(c);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    static ReadConnections sqlite(Path file, int count) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        config.setCacheSize(-32_768); // 32 MiB of pages each: the timeline's indexes stay in memory
        // reads through the OS page cache without copying; SQLite caps it at its compiled maximum (2 GB)
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(2_000_000_000L));
        return new ReadConnections(file.toString(), count, () -> config.createConnection("jdbc:sqlite:" + file));
    }

    /** Connections in autocommit: each request's statements read committed rows and hold no snapshot open. */
    static ReadConnections postgres(String jdbcUrl, int count) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setReadOnly(true);
        config.setAutoCommit(true);
        config.setMaximumPoolSize(count);
        config.setMinimumIdle(1);
        config.setPoolName("parley-read");
        config.setConnectionTimeout(10_000); // a request waits this long for the server to come back
        config.setValidationTimeout(2_000);
        // fail at once when the server is not there at start, as before; later failures are retried per request
        config.setInitializationFailTimeout(1);
        try {
            return new ReadConnections(Stores.redacted(jdbcUrl), new HikariDataSource(config));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
            throw new SQLException(cause.getMessage(), cause);
        }
    }

    <T> T with(String what, Work<T> work) {
        if (pool != null) {
            for (int attempt = 1; ; attempt++) {
                // validated on borrow unless used in the last half second; a broken one is dropped by the pool
                try (Connection c = pool.getConnection()) {
                    return work.run(c);
                } catch (SQLException e) {
                    if (attempt == 1 && lostConnection(e)) {
                        continue; // the server went away since the check: reads are safe to run again
                    }
                    throw new StoreException("cannot read " + what + " from " + where + ": " + e.getMessage(), e);
                }
            }
        }
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read " + where);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + " from " + where + ": " + e.getMessage(), e);
        } finally {
            idle.add(c);
        }
    }

    /** Connection exceptions (08...) and the server shutting down or restarting (57P01..57P03). */
    private static boolean lostConnection(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing read-only connections loses nothing
            }
        }
    }
}
