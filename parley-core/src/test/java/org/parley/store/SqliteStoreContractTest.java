package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite: a new file per test. */
class SqliteStoreContractTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    Store open() {
        return Stores.open(dir.resolve("parley.db").toString());
    }

    @Override
    void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parley.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
