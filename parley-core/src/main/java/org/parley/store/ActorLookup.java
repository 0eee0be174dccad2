package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.parley.lexicon.NameKey;

/**
 * Finds a knowledge-base actor by id or by name, as the desk's actor filter and actor pages are given one:
 * a number is an id; a name matches the canonical name or any alias, with the folding the resolver uses
 * (case, accents, transliteration). Among namesakes, the one in most occasions wins.
 */
final class ActorLookup {

    private final Connection c;

    ActorLookup(Connection c) {
        this.c = c;
    }

    Optional<Long> find(String idOrName) throws SQLException {
        String s = idOrName.strip();
        if (s.matches("\\d{1,18}")) {
            return first("SELECT id FROM actors WHERE id = ?", Long.parseLong(s));
        }
        String key = NameKey.key(s);
        // a UNION, not an OR, so that both lookups use their index however large an imported dictionary is
        return first("SELECT x.id FROM (SELECT id FROM actors WHERE name_folded = ?"
                + " UNION SELECT actor_id FROM actor_aliases WHERE alias_folded = ?) x"
                + " LEFT JOIN actor_counts n ON n.actor_id = x.id ORDER BY COALESCE(n.occasions, 0) DESC, x.id LIMIT 1",
                key, key);
    }

    private Optional<Long> first(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
