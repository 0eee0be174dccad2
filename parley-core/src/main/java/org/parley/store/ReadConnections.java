package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * A few read-only connections to one SQLite file, lent to one reader at a time. WAL lets them read while
 * another process writes; read-only means no query of the API can change the database.
 */
final class ReadConnections implements AutoCloseable {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ReadConnections(Path file, int count) throws SQLException {
        this.file = file;
        this.idle = new ArrayBlockingQueue<>(count);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        config.setCacheSize(-32_768); // 32 MiB of pages each: the timeline's indexes stay in memory
        // reads through the OS page cache without copying; SQLite caps it at its compiled maximum (2 GB)
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(2_000_000_000L));
        try {
            for (int i = 0; i < count; i++) {
                Connection c = config.createConnection("jdbc:sqlite:" + file);
                all.add(c);
                idle.add(c);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    <T> T with(String what, Work<T> work) {
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read " + file);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + " from " + file + ": " + e.getMessage(), e);
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
