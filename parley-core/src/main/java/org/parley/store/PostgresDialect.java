package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.parley.store.read.SearchHit;

/**
 * PostgreSQL: the generated {@code search} tsvector columns of articles and events (postgresql/104), queried
 * with {@code to_tsquery} of prefixes in the same 'english' configuration; the planner orders joins itself
 * (and rejects CROSS JOIN with ON).
 */
final class PostgresDialect implements SqlDialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** The query as a tsquery; one parameter, the words of {@link #textQuery}. */
    static final String TSQUERY = "to_tsquery('english', ?)";

    private PostgresDialect() {
    }

    @Override
    public String orderedJoin() {
        return "JOIN";
    }

    /**
     * Each word required and a prefix ("rail:* & link:*"), accents folded as the search columns fold them
     * (104-search-stems): the search page and the timeline's words filter alike, as on SQLite. Words are
     * letters and digits only, so the query always parses.
     */
    @Override
    public String textQuery(String words) {
        return prefixQuery(words);
    }

    static String prefixQuery(String words) {
        return String.join(" & ", FtsQuery.words(NameFolding.stripAccents(words)).stream().map(w -> w + ":*").toList());
    }

    @Override
    public String timelineQuery(String words, List<String> sides) {
        return null;
    }

    @Override
    public String matchingOccasions() {
        return "SELECT oe.occasion_id FROM events e JOIN occasion_events oe ON oe.event_id = e.id"
                + " WHERE e.search @@ " + TSQUERY;
    }

    @Override
    public String countMatches(int cap) {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE search @@ " + TSQUERY + " LIMIT " + cap + ") m";
    }

    @Override
    public List<SearchHit> search(Connection c, String words, int limit) throws SQLException {
        return new PostgresSearch(c).search(prefixQuery(words), limit);
    }
}
