package org.parley.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the store a {@code --db} value names: a PostgreSQL URL ({@code postgresql://host:port/name?user=...},
 * {@code postgres://...} or {@code jdbc:postgresql://...}) opens {@link PostgresStore}; anything else is
 * the path of a SQLite file.
 */
public final class Stores {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    private Stores() {
    }

    /** Opens (creating and migrating as needed) the store at {@code location}. */
    public static Store open(String location) {
        return isPostgres(location) ? PostgresStore.open(jdbcUrl(location)) : SqliteStore.open(Path.of(location));
    }

    public static boolean isPostgres(String location) {
        String l = location.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith(JDBC_PREFIX);
    }

    /**
     * The JDBC URL of a PostgreSQL location. The driver takes user and password as query parameters,
     * not in the authority, so "postgresql://user:secret@host/db" is rewritten to carry them there.
     */
    public static String jdbcUrl(String location) {
        String l = location.strip();
        if (l.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
            return l;
        }
        String rest = l.substring(l.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return JDBC_PREFIX + "//" + rest;
        }
        String credentials = authority.substring(0, at);
        int colon = credentials.indexOf(':');
        String user = colon < 0 ? credentials : credentials.substring(0, colon);
        StringBuilder params = new StringBuilder("user=").append(user);
        if (colon >= 0) {
            params.append("&password=").append(credentials.substring(colon + 1));
        }
        String url = JDBC_PREFIX + "//" + authority.substring(at + 1) + path;
        return url + (url.contains("?") ? "&" : "?") + params;
    }

    /** The location without its password, fit for messages and logs. */
    public static String redacted(String location) {
        return location.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(://[^/@:]*:)[^/@]*@", "$1***@");
    }
}
