package org.parley.resolve;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.parley.lexicon.NameKey;

/**
 * An analyst's decisions about actors, kept by name so that they hold when the knowledge base is
 * rebuilt and apply to articles ingested later.
 *
 * <p>merge: a mention named {@code object} is the actor named {@code subject}. split: a mention named
 * {@code object} is never the actor named {@code subject} (and the other way round).
 */
public record Curation(List<Decision> decisions) {

    public static final String MERGE = "merge";
    public static final String SPLIT = "split";

    /** One decision; names as the analyst gave them, country the side it applies to, or null for any. */
    public record Decision(String action, String subject, String object, String country) {
    }

    public Curation {
        decisions = List.copyOf(decisions);
    }

    static Curation load(Sql sql) throws SQLException {
        return new Curation(sql.list("SELECT action, subject, object, country FROM curation ORDER BY id",
                rs -> new Decision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    static void record(Sql sql, Decision d) throws SQLException {
        sql.update("INSERT INTO curation (action, subject, object, country, decided_at) VALUES (?, ?, ?, ?, ?)",
                d.action(), d.subject(), d.object(), d.country(), Instant.now().toString());
    }

    /** The name a mention is to be resolved as: the subject of a merge naming it, else itself. */
    String resolveAs(String name, String country) {
        String key = NameKey.key(name);
        for (Decision d : decisions) {
            if (d.action().equals(MERGE) && NameKey.key(d.object()).equals(key) && sameSide(d, country)) {
                return d.subject();
            }
        }
        return name;
    }

    /** Whether a split forbids a mention named {@code name} to join the actor named {@code actorName}. */
    boolean forbids(String name, String actorName, String country) {
        String key = NameKey.key(name);
        String actorKey = NameKey.key(actorName);
        for (Decision d : decisions) {
            if (!d.action().equals(SPLIT) || !sameSide(d, country)) {
                continue;
            }
            String subject = NameKey.key(d.subject());
            String object = NameKey.key(d.object());
            if (key.equals(object) && actorKey.equals(subject) || key.equals(subject) && actorKey.equals(object)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} was split off some actor: it must then stay an actor of its own. */
    boolean splitOff(String name) {
        String key = NameKey.key(name);
        return decisions.stream().anyMatch(d -> d.action().equals(SPLIT) && NameKey.key(d.object()).equals(key));
    }

    private static boolean sameSide(Decision d, String country) {
        return d.country() == null || country == null || d.country().equalsIgnoreCase(country);
    }
}
