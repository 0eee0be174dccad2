package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

    private ReadConnections(String where, int count, Opener opener) throws SQLException {
        this.where = where;
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
        return new ReadConnections(Stores.redacted(jdbcUrl), count, () -> {
            Connection c = DriverManager.getConnection(jdbcUrl);
            c.setReadOnly(true);
            return c;
        });
    }

    <T> T with(String what, Work<T> work) {
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

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing read-only connections loses nothing
            }
        }
    }
}
