package org.parley.resolve;

import java.sql.SQLException;
import java.util.List;
import org.parley.lexicon.NameKey;

/** Reads and writes actors with their aliases, titles, codes and memberships. */
final class ActorTables {

    /** An actor as the resolver compares it: canonical name, side, one alias. */
    record AliasRow(long actorId, String name, String country, String alias) {
    }

    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";

    private final Sql sql;

    ActorTables(Sql sql) {
        this.sql = sql;
    }

    /** Aliases of actors of {@code kind} that contain the folded word {@code token}. */
    List<AliasRow> aliasesWithToken(String kind, String token) throws SQLException {
        return sql.list("SELECT a.id, a.name, a.country, al.alias FROM actors a"
                        + " JOIN actor_aliases al ON al.actor_id = a.id"
                        + " WHERE a.kind = ? AND (' ' || al.alias_folded || ' ') LIKE ? ORDER BY a.id",
                rs -> new AliasRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                kind, "% " + token + " %");
    }

    /** Actors of {@code kind} whose canonical name has this key (transliteration-folded). */
    List<Long> byKey(String kind, String key, String country) throws SQLException {
        return sql.list("SELECT id FROM actors WHERE kind = ? AND name_folded = ?"
                        + " AND (country = ? OR country IS NULL OR CAST(? AS TEXT) IS NULL) ORDER BY id",
                rs -> rs.getLong(1), kind, key, country, country);
    }

    long create(String kind, String name, String country, String code, String origin) throws SQLException {
        long id = sql.insert("INSERT INTO actors (kind, name, name_folded, country, code, origin)"
                + " VALUES (?, ?, ?, ?, ?, ?)", kind, name, NameKey.key(name), country, code, origin);
        addAlias(id, name);
        return id;
    }

    void addAlias(long actorId, String alias) throws SQLException {
        String key = NameKey.key(alias);
        if (!key.isEmpty()) {
            sql.update("INSERT INTO actor_aliases (actor_id, alias, alias_folded) VALUES (?, ?, ?)"
                    + " ON CONFLICT (actor_id, alias) DO NOTHING", actorId, alias, key);
        }
    }

    /** A fuller name replaces a surname-only canonical name; the old one stays an alias. */
    void rename(long actorId, String name) throws SQLException {
        sql.update("UPDATE actors SET name = ?, name_folded = ? WHERE id = ?", name, NameKey.key(name), actorId);
        addAlias(actorId, name);
    }

    void setCountryIfUnknown(long actorId, String country) throws SQLException {
        if (country != null) {
            sql.update("UPDATE actors SET country = ? WHERE id = ? AND country IS NULL", country, actorId);
        }
    }

    void setCodeIfUnknown(long actorId, String code) throws SQLException {
        if (code != null) {
            sql.update("UPDATE actors SET code = ? WHERE id = ? AND code IS NULL", code, actorId);
        }
    }

    String name(long actorId) throws SQLException {
        return sql.one("SELECT name FROM actors WHERE id = ?", actorId);
    }

    String country(long actorId) throws SQLException {
        return sql.one("SELECT country FROM actors WHERE id = ?", actorId);
    }

    /** Seen with {@code title} on {@code date}: widens first/last seen; the first evidence is kept. */
    void seeTitle(long actorId, String title, String date, String evidence, String articleId) throws SQLException {
        String key = NameKey.fold(title);
        if (key.isEmpty()) {
            return;
        }
        int updated = sql.update("UPDATE actor_titles SET"
                + " first_seen = CASE WHEN first_seen IS NULL OR (CAST(? AS TEXT) IS NOT NULL AND ? < first_seen) THEN ? ELSE first_seen END,"
                + " last_seen = CASE WHEN last_seen IS NULL OR (CAST(? AS TEXT) IS NOT NULL AND ? > last_seen) THEN ? ELSE last_seen END,"
                + " evidence = COALESCE(evidence, ?), article_id = COALESCE(article_id, ?)"
                + " WHERE actor_id = ? AND title_folded = ?",
                date, date, date, date, date, date, evidence, articleId, actorId, key);
        if (updated == 0) {
            sql.update("INSERT INTO actor_titles (actor_id, title, title_folded, first_seen, last_seen, evidence, article_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", actorId, title, key, date, date, evidence, articleId);
        }
    }

    void addCode(long actorId, String code, String from, String to) throws SQLException {
        sql.update("INSERT INTO actor_codes (actor_id, code, date_from, date_to) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (actor_id, code, date_from) DO NOTHING", actorId, code, from, to);
    }

    void seeMembership(long personId, long organisationId, String role, String date, String evidence)
            throws SQLException {
        int updated = sql.update("UPDATE actor_memberships SET"
                + " first_seen = CASE WHEN first_seen IS NULL OR (CAST(? AS TEXT) IS NOT NULL AND ? < first_seen) THEN ? ELSE first_seen END,"
                + " last_seen = CASE WHEN last_seen IS NULL OR (CAST(? AS TEXT) IS NOT NULL AND ? > last_seen) THEN ? ELSE last_seen END"
                + " WHERE person_id = ? AND organisation_id = ? AND role = ?",
                date, date, date, date, date, date, personId, organisationId, role);
        if (updated == 0) {
            sql.update("INSERT INTO actor_memberships (person_id, organisation_id, role, first_seen, last_seen, evidence)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", personId, organisationId, role, date, date, evidence);
        }
    }

    /** The first and last article date an actor was seen in, for "active in that period". */
    String[] seenRange(long actorId) throws SQLException {
        List<String[]> rows = sql.list("SELECT MIN(first_seen), MAX(last_seen) FROM ("
                        + " SELECT first_seen, last_seen FROM actor_titles WHERE actor_id = ?"
                        + " UNION ALL SELECT a.published, a.published FROM persons p JOIN articles a ON a.id = p.article_id"
                        + " WHERE p.actor_id = ?) s",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, actorId, actorId);
        return rows.get(0);
    }

    /** Folded titles the actor has been seen with. */
    List<String> titleKeys(long actorId) throws SQLException {
        return sql.list("SELECT title_folded FROM actor_titles WHERE actor_id = ?", rs -> rs.getString(1), actorId);
    }
}
