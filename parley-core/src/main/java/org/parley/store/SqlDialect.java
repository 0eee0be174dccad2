package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.parley.store.read.SearchHit;

/**
 * What the read model's SQL says differently on SQLite and on PostgreSQL: full-text search (FTS5 tables
 * there, tsvector columns here) and joins whose order SQLite is told. Everything else is shared SQL.
 */
interface SqlDialect {

    /** The dialect of the database {@code c} is connected to. */
    static SqlDialect of(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? PostgresDialect.INSTANCE : SqliteDialect.INSTANCE;
    }

    /** An inner join with an ON clause, kept in the written order where the dialect allows saying so. */
    String orderedJoin();

    /** The text search query for what a user typed: every word required and a prefix, no operators. */
    String textQuery(String words);

    /** {@code SELECT occasion_id} of the occasions whose sources' evidence matches; one parameter, the query. */
    String matchingOccasions();

    /** Counts the matching evidence sentences up to {@code cap}; one parameter, the query. */
    String countMatches(int cap);

    /**
     * The query of the timeline-ordered index (sqlite/120-timeline-search): {@code words} in the evidence, each
     * a prefix as in {@link #textQuery}, and each of {@code sides} among the occasion's countries; null where
     * there is no such index (PostgreSQL).
     */
    String timelineQuery(String words, List<String> sides);

    /** Articles and evidence sentences matching {@code words}, best first (lowest rank). */
    List<SearchHit> search(Connection c, String words, int limit) throws SQLException;
}
