package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.lexicon.NameKey;
import org.parley.store.read.ActorProfile;
import org.parley.store.read.ActorSummary;
import org.parley.store.read.Counterpart;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.Membership;
import org.parley.store.read.TitleSpan;

/**
 * Knowledge-base actors for the desk. Counts come from actor_counts and actor_pairs (kept by triggers), so
 * neither the list nor a busy actor's page counts its occasions.
 */
final class ReadActors {

    private static final int COUNTERPARTS = 50;

    /** Row mapping for the few small lists below. */
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection c;

    ReadActors(Connection c) {
        this.c = c;
    }

    /**
     * Without {@code name}: the actors with occasions, most first. With it: every actor with a name or alias
     * holding it (imported ones and organisations too), most occasions first.
     */
    List<ActorSummary> list(String name, int offset, int limit) throws SQLException {
        String columns = "SELECT a.id, a.kind, a.name, a.country, COALESCE(n.occasions, 0) AS events";
        if (name == null) {
            return rows(columns + " FROM actor_counts n " + SqlDialect.of(c).orderedJoin() + " actors a ON a.id = n.actor_id"
                    + " ORDER BY n.occasions DESC, n.actor_id LIMIT ? OFFSET ?", ReadActors::summary, limit, offset);
        }
        String like = "%" + escapeLike(NameKey.key(name)) + "%";
        return rows(columns + " FROM actors a LEFT JOIN actor_counts n ON n.actor_id = a.id"
                + " WHERE a.name_folded LIKE ? ESCAPE '\\' OR a.id IN (SELECT actor_id FROM actor_aliases"
                + " WHERE alias_folded LIKE ? ESCAPE '\\') ORDER BY events DESC, a.name, a.id LIMIT ? OFFSET ?",
                ReadActors::summary, like, like, limit, offset);
    }

    private static ActorSummary summary(ResultSet rs) throws SQLException {
        return new ActorSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
    }

    Optional<ActorProfile> profile(String idOrName, int eventLimit) throws SQLException {
        Optional<Long> found = new ActorLookup(c).find(idOrName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long id = found.get();
        List<Object[]> actor = rows("SELECT a.kind, a.name, a.country, a.code, COALESCE(n.occasions, 0) FROM actors a"
                + " LEFT JOIN actor_counts n ON n.actor_id = a.id WHERE a.id = ?",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)}, id);
        Object[] a = actor.get(0);
        List<String> aliases = rows("SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias <> ? ORDER BY alias",
                rs -> rs.getString(1), id, a[1]);
        EventPage events = eventLimit == 0 ? new EventPage(List.of(), null)
                : new ReadEvents(c).page(EventFilter.ALL.withActor(String.valueOf(id)), null, eventLimit);
        return Optional.of(new ActorProfile(id, (String) a[0], (String) a[1], (String) a[2], (String) a[3], aliases,
                titles(id), organisations(id), counterparts(id), (Integer) a[4], events));
    }

    private List<TitleSpan> titles(long id) throws SQLException {
        return rows("SELECT title, first_seen, last_seen, evidence, article_id FROM actor_titles WHERE actor_id = ?"
                + " ORDER BY first_seen IS NULL, first_seen, title", rs -> new TitleSpan(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), id);
    }

    /** A person's organisations, or an organisation's members. */
    private List<Membership> organisations(long id) throws SQLException {
        return rows("SELECT o.id, o.name, m.role, m.first_seen, m.last_seen, m.evidence FROM actor_memberships m"
                + " JOIN actors o ON o.id = m.organisation_id WHERE m.person_id = ?"
                + " UNION ALL SELECT p.id, p.name, m.role, m.first_seen, m.last_seen, m.evidence FROM actor_memberships m"
                + " JOIN actors p ON p.id = m.person_id WHERE m.organisation_id = ? ORDER BY 4, 2",
                rs -> new Membership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), id, id);
    }

    private List<Counterpart> counterparts(long id) throws SQLException {
        return rows("SELECT b.id, b.name, b.country, p.occasions FROM actor_pairs p JOIN actors b ON b.id = p.other_id"
                + " WHERE p.actor_id = ? AND p.occasions > 0 ORDER BY p.occasions DESC, b.name LIMIT ?",
                rs -> new Counterpart(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)), id, COUNTERPARTS);
    }

    private <T> List<T> rows(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
