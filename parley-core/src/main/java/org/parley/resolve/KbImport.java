package org.parley.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parley.lexicon.NameKey;

/** Imported actors: kept as input rows (for rebuilds) and seeded into the knowledge base. */
final class KbImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql sql;
    private final ActorTables actors;

    KbImport(Sql sql, ActorTables actors) {
        this.sql = sql;
        this.actors = actors;
    }

    int add(List<KbEntry> entries) throws SQLException {
        for (KbEntry e : entries) {
            try {
                sql.update("INSERT INTO kb_entries (entry) VALUES (?)", JSON.writeValueAsString(e));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
            seed(e);
        }
        return entries.size();
    }

    void seedAll() throws SQLException {
        for (String json : sql.list("SELECT entry FROM kb_entries ORDER BY id", rs -> rs.getString(1))) {
            try {
                seed(JSON.readValue(json, KbEntry.class));
            } catch (JsonProcessingException ex) {
                throw new SQLException("unreadable imported actor: " + ex.getOriginalMessage(), ex);
            }
        }
    }

    /** Joins an existing actor of the same kind, name and side, or creates one. */
    private void seed(KbEntry e) throws SQLException {
        String kind = e.kind().startsWith("org") ? ActorTables.ORGANISATION : ActorTables.PERSON;
        List<Long> same = actors.byKey(kind, NameKey.key(e.name()), e.country());
        long id = same.isEmpty() ? actors.create(kind, e.name(), e.country(), e.code(), "import") : same.get(0);
        actors.setCountryIfUnknown(id, e.country());
        actors.setCodeIfUnknown(id, e.code());
        for (String alias : e.aliases()) {
            actors.addAlias(id, alias);
        }
        for (KbEntry.Role r : e.roles()) {
            if (r.code() != null) {
                actors.addCode(id, r.code(), r.from(), r.to());
            }
            if (r.title() != null && !r.title().isBlank()) {
                actors.seeTitle(id, r.title(), r.from(), "imported", null);
                if (r.to() != null) {
                    actors.seeTitle(id, r.title(), r.to(), "imported", null);
                } else {
                    // held since r.from() with no end known: open, so that any later date is inside it
                    sql.update("UPDATE actor_titles SET last_seen = NULL WHERE actor_id = ? AND title_folded = ?"
                            + " AND evidence = 'imported'", id, NameKey.fold(r.title()));
                }
            }
        }
    }

    List<KbEntry> export() throws SQLException {
        List<KbEntry> out = new ArrayList<>();
        for (Object[] a : sql.list("SELECT id, kind, name, country, code FROM actors ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})) {
            long id = (Long) a[0];
            List<String> aliases = sql.list("SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias <> ? ORDER BY alias",
                    rs -> rs.getString(1), id, a[2]);
            List<KbEntry.Role> roles = new ArrayList<>(sql.list("SELECT title, first_seen, last_seen FROM actor_titles"
                            + " WHERE actor_id = ? ORDER BY first_seen, title",
                    rs -> new KbEntry.Role(rs.getString(1), null, rs.getString(2), rs.getString(3)), id));
            roles.addAll(sql.list("SELECT code, date_from, date_to FROM actor_codes WHERE actor_id = ? ORDER BY date_from",
                    rs -> new KbEntry.Role(null, rs.getString(1), rs.getString(2), rs.getString(3)), id));
            out.add(new KbEntry((String) a[1], (String) a[2], (String) a[3], (String) a[4], aliases, roles));
        }
        return out;
    }
}
