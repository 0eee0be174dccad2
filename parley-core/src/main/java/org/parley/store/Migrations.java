package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema up to date: numbered SQL scripts, applied in order, each in its own
 * transaction together with its row in {@code schema_version}. Scripts are listed here, not found by
 * scanning, and never edited once released; a database is migrated forward, never rebuilt.
 */
final class Migrations {

    /** Script n (1-based) is {@code SCRIPTS.get(n - 1)}, a resource next to this class. */
    private static final List<String> SCRIPTS = List.of("001-initial.sql", "002-knowledge-base.sql");

    private final String folder;

    /** @param folder the resource folder of one backend's scripts ("sqlite") */
    Migrations(String folder) {
        this.folder = folder;
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** Applies every script newer than the database's version; returns the version reached. */
    int migrate(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > latest()) {
            throw new StoreException("database schema version " + current
                    + " is newer than this Parley understands (" + latest() + ")");
        }
        for (int version = current + 1; version <= latest(); version++) {
            apply(connection, version);
        }
        return latest();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // a second process may have migrated while this one waited for the write lock
            if (currentVersion(connection) >= version) {
                connection.rollback();
                return;
            }
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(script(version))) {
                    st.executeUpdate(sql);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                ps.setInt(1, version);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private String script(int version) {
        String name = folder + "/" + SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration script " + name, e);
        }
    }

    /** Splits a script into statements: drops "--" comment lines, cuts at ';' (scripts hold no triggers). */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : code.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
