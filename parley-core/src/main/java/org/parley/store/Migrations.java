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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a database's schema up to date: numbered SQL scripts, applied in order, each in its own
 * transaction together with its row in {@code schema_version}. Scripts are listed here, not found by
 * scanning, and never edited once released; a database is migrated forward, never rebuilt.
 *
 * <p>A script's version is the number its name starts with ("050-duplicates.sql" is 50), and every
 * listed script not yet recorded is applied, lowest number first. Numbers may leave gaps, so work
 * done on separate branches can take numbers far apart and still merge: a database at 1 and 50 that
 * meets a newly merged script 2 gets script 2 applied too.
 */
final class Migrations {

    /** Resources next to this class, each named "NNN-what.sql"; NNN is its version. */
    private static final List<String> SCRIPTS = List.of("001-initial.sql", "002-knowledge-base.sql", "050-duplicates.sql",
            "100-read-model.sql", "101-desk-occasions.sql", "102-sides-channels.sql", "103-side-keys.sql",
            "104-search-stems.sql", "105-pair-summaries.sql",
            "106-country-channels.sql", "120-timeline-search.sql", "200-watch-retries.sql", "201-search-unaccent.sql");

    /** Work in Java that follows a script in its transaction: what SQL alone cannot derive. */
    private static final Map<Integer, Step> AFTER = Map.of(102, SidesBackfill::fill);

    /** A step of a migration written in Java. */
    @FunctionalInterface
    interface Step {
        void run(Connection connection) throws SQLException;
    }

    private final String folder;

    /** @param folder the resource folder of one backend's scripts ("sqlite") */
    Migrations(String folder) {
        this.folder = folder;
    }

    static int latest() {
        return SCRIPTS.stream().mapToInt(Migrations::versionOf).max().orElse(0);
    }

    static int versionOf(String script) {
        return Integer.parseInt(script.substring(0, script.indexOf('-')));
    }

    /** Applies every script the database lacks, in order; returns the highest version reached. */
    int migrate(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        Set<Integer> known = new TreeSet<>();
        SCRIPTS.forEach(name -> known.add(versionOf(name)));
        for (int applied : appliedVersions(connection)) {
            if (!known.contains(applied)) {
                throw new StoreException("database schema version " + applied
                        + " is unknown to this Parley (it knows " + known + "): the database is newer");
            }
        }
        List<String> pending = new ArrayList<>(SCRIPTS);
        pending.sort(java.util.Comparator.comparingInt(Migrations::versionOf));
        Set<Integer> applied = appliedVersions(connection);
        for (String script : pending) {
            if (!applied.contains(versionOf(script))) {
                apply(connection, script);
            }
        }
        return latest();
    }

    static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private void apply(Connection connection, String scriptName) throws SQLException {
        int version = versionOf(scriptName);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // a second process may have migrated while this one waited for the write lock
            if (appliedVersions(connection).contains(version)) {
                connection.rollback();
                return;
            }
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(script(scriptName))) {
                    st.executeUpdate(sql);
                }
            }
            Step after = AFTER.get(version);
            if (after != null) {
                after.run(connection);
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

    private String script(String scriptName) {
        String name = folder + "/" + scriptName;
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration script " + name, e);
        }
    }

    /**
     * Splits a script into statements: drops "--" comment lines, cuts at ';'. A trigger's body holds
     * ';'s of its own, so from a line starting "CREATE TRIGGER" the cut waits for a line "END;"; so does
     * a PostgreSQL block from a line starting "DO $$" to a line "$$;".
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("--")) {
                continue;
            }
            if (!inTrigger && (stripped.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")
                    || stripped.toUpperCase(Locale.ROOT).startsWith("DO $$"))) {
                cut(code, out);
                inTrigger = true;
            }
            code.append(line).append('\n');
            if (inTrigger && (stripped.equalsIgnoreCase("END;") || stripped.equals("$$;"))) {
                out.add(code.toString().strip());
                code.setLength(0);
                inTrigger = false;
            }
        }
        cut(code, out);
        return out;
    }

    private static void cut(StringBuilder code, List<String> out) {
        for (String part : code.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        code.setLength(0);
    }
}
