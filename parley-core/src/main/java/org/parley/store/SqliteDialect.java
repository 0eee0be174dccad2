package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.parley.store.read.SearchHit;

/** SQLite: FTS5 tables (100-read-model.sql); CROSS JOIN fixes the join order for its planner. */
final class SqliteDialect implements SqlDialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String orderedJoin() {
        return "CROSS JOIN";
    }

    @Override
    public String textQuery(String words) {
        return FtsQuery.prefixes(words);
    }

    @Override
    public String timelineQuery(String words, List<String> sides) {
        return FtsQuery.timeline(words, sides);
    }

    @Override
    public String matchingOccasions() {
        return "SELECT oe.occasion_id FROM evidence_search CROSS JOIN occasion_events oe"
                + " ON oe.event_id = evidence_search.rowid WHERE evidence_search MATCH ?";
    }

    @Override
    public String countMatches(int cap) {
        return "SELECT COUNT(*) FROM (SELECT rowid FROM evidence_search WHERE evidence_search MATCH ? LIMIT "
                + cap + ")";
    }

    @Override
    public List<SearchHit> search(Connection c, String words, int limit) throws SQLException {
        return new ReadSearch(c).search(words, limit);
    }
}
