package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.lexicon.NameKey;

/** Reads actors and actor profiles from the knowledge base. Standard SQL. */
final class ActorReader {

    private final Connection connection;

    ActorReader(Connection connection) {
        this.connection = connection;
    }

    List<StoredActor> actors(ActorQuery q) throws SQLException {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.country() != null) {
            where.append(" AND a.country = ?");
            params.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.text() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias_folded LIKE ?)");
            params.add("%" + NameKey.key(q.text()) + "%");
        }
        if (q.title() != null || q.on() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM actor_titles t WHERE t.actor_id = a.id");
            if (q.title() != null) {
                where.append(" AND t.title_folded LIKE ?");
                params.add("%" + NameFolding.fold(q.title()) + "%");
            }
            if (q.on() != null) {
                where.append(" AND t.first_seen <= ? AND (t.last_seen IS NULL OR t.last_seen >= ?)");
                params.add(q.on().toString());
                params.add(q.on().toString());
            }
            where.append(")");
        }
        List<StoredActor> out = new ArrayList<>();
        for (Object[] row : list("SELECT a.id, a.kind, a.name, a.country, a.code FROM actors a WHERE " + where
                + " ORDER BY a.kind DESC, a.name, a.id", params.toArray())) {
            out.add(actor(row));
        }
        return out;
    }

    /** The actor with this id, or with this name (any alias; the one with most reports when several). */
    Optional<StoredActor> find(String idOrName) throws SQLException {
        List<Object[]> rows;
        if (idOrName.matches("\\d+")) {
            rows = list("SELECT id, kind, name, country, code FROM actors WHERE id = ?", Long.parseLong(idOrName));
        } else {
            rows = list("SELECT a.id, a.kind, a.name, a.country, a.code FROM actors a WHERE LOWER(a.name) = ?"
                    + " OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias_folded = ?)"
                    + " ORDER BY CASE WHEN LOWER(a.name) = ? THEN 0 ELSE 1 END,"
                    + " (SELECT COUNT(*) FROM event_participants p WHERE p.actor_id = a.id) DESC, a.id",
                    NameFolding.fold(idOrName), NameKey.key(idOrName), NameFolding.fold(idOrName));
            if (rows.isEmpty()) {
                // a surname: the actor (most reported first) with a name holding that word
                rows = list("SELECT a.id, a.kind, a.name, a.country, a.code FROM actors a WHERE EXISTS (SELECT 1"
                        + " FROM actor_aliases x WHERE x.actor_id = a.id AND (' ' || x.alias_folded || ' ') LIKE ?)"
                        + " ORDER BY (SELECT COUNT(*) FROM event_participants p WHERE p.actor_id = a.id) DESC, a.id",
                        "% " + NameKey.key(idOrName) + " %");
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(actor(rows.get(0)));
    }

    ActorProfile profile(StoredActor a, List<StoredEvent> allEvents) throws SQLException {
        List<ActorProfile.Membership> memberships = new ArrayList<>();
        for (Object[] r : list("SELECT o.id, o.name, m.role, m.first_seen, m.last_seen FROM actor_memberships m"
                + " JOIN actors o ON o.id = m.organisation_id WHERE m.person_id = ?"
                + " UNION ALL SELECT p.id, p.name, m.role, m.first_seen, m.last_seen FROM actor_memberships m"
                + " JOIN actors p ON p.id = m.person_id WHERE m.organisation_id = ? ORDER BY 4, 2", a.id(), a.id())) {
            memberships.add(new ActorProfile.Membership((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4]));
        }
        List<ActorProfile.Counterpart> counterparts = new ArrayList<>();
        for (Object[] r : list("SELECT b.id, b.name, b.country, COUNT(DISTINCT oe.occasion_id) FROM event_participants pa"
                + " JOIN occasion_events oa ON oa.event_id = pa.event_id"
                + " JOIN occasion_events oe ON oe.occasion_id = oa.occasion_id"
                + " JOIN event_participants pb ON pb.event_id = oe.event_id JOIN actors b ON b.id = pb.actor_id"
                + " WHERE pa.actor_id = ? AND pb.actor_id <> ? GROUP BY b.id, b.name, b.country"
                + " ORDER BY 4 DESC, 2", a.id(), a.id())) {
            counterparts.add(new ActorProfile.Counterpart((Long) r[0], (String) r[1], (String) r[2],
                    ((Long) r[3]).intValue()));
        }
        Set<Long> mine = list("SELECT DISTINCT oe.occasion_id FROM event_participants p JOIN occasion_events oe"
                + " ON oe.event_id = p.event_id WHERE p.actor_id = ?", a.id()).stream()
                .map(r -> (Long) r[0]).collect(Collectors.toSet());
        List<StoredEvent> events = allEvents.stream().filter(e -> mine.contains(e.id())).toList();
        return new ActorProfile(a, memberships, counterparts, events);
    }

    private StoredActor actor(Object[] row) throws SQLException {
        long id = (Long) row[0];
        List<String> aliases = list("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", id).stream()
                .map(r -> (String) r[0]).filter(s -> !s.equals(row[2])).toList();
        List<ActorTitle> titles = list("SELECT title, first_seen, last_seen, evidence FROM actor_titles"
                + " WHERE actor_id = ? ORDER BY first_seen, title", id).stream()
                .map(r -> new ActorTitle((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
        return new StoredActor(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], aliases, titles);
    }

    private List<Object[]> list(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof Integer x ? Long.valueOf(x) : v;
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }
}
