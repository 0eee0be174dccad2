package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.store.read.SearchHit;

/**
 * Full-text search on PostgreSQL over the tsvector columns of articles and events (postgresql/100), ranked
 * by {@code ts_rank}, snippets cut by {@code ts_headline} with the same control-character markers as
 * SQLite's {@link ReadSearch}, so that both yield the same parts. Ranks are negated so that, as with BM25,
 * the best hit has the lowest rank. Headlines are cut only for the hits kept: they re-parse the text.
 */
final class PostgresSearch {

    /** ts_headline's options: the markers of a match, and a few short fragments joined by an ellipsis. */
    private static final String HEADLINE = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
            + " || ', MaxFragments=2, MaxWords=20, MinWords=6, FragmentDelimiter=\" \u2026 \"'";

    private final Connection c;

    PostgresSearch(Connection c) {
        this.c = c;
    }

    /** @param words the words to find, as {@link PostgresDialect#prefixQuery} gives them */
    List<SearchHit> search(String words, int limit) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(read("SELECT 'article', a.id, NULL::bigint, a.title, a.published,"
                + " ts_headline('english', a.text, q.query, " + HEADLINE + "), -a.rank"
                + " FROM (SELECT a.id, a.title, a.published, a.text, ts_rank(a.search, q.query) AS rank"
                + " FROM articles a, " + PostgresDialect.TSQUERY + " AS q(query) WHERE a.search @@ q.query"
                + " ORDER BY rank DESC, a.id LIMIT ?) a, " + PostgresDialect.TSQUERY + " AS q(query)"
                + " ORDER BY a.rank DESC, a.id", words, limit));
        // an evidence hit opens the occasion its sentence reports
        hits.addAll(read("SELECT 'evidence', e.article_id, e.occasion_id, a.title, e.date_start,"
                + " ts_headline('english', e.evidence, q.query, " + HEADLINE + "), -e.rank"
                + " FROM (SELECT e.id, e.article_id, oe.occasion_id, e.date_start, e.evidence,"
                + " ts_rank(e.search, q.query) AS rank FROM events e JOIN occasion_events oe ON oe.event_id = e.id,"
                + " " + PostgresDialect.TSQUERY + " AS q(query) WHERE e.search @@ q.query"
                + " ORDER BY rank DESC, e.id LIMIT ?) e JOIN articles a ON a.id = e.article_id, "
                + PostgresDialect.TSQUERY + " AS q(query) ORDER BY e.rank DESC, e.id", words, limit));
        hits.sort(Comparator.comparingDouble(SearchHit::rank));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private List<SearchHit> read(String sql, String words, int limit) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, words);
            ps.setInt(2, limit);
            ps.setString(3, words);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long event = rs.getLong(3);
                    Long eventId = rs.wasNull() ? null : event;
                    hits.add(new SearchHit(rs.getString(1), rs.getString(2), eventId,
                            rs.getString(4), rs.getString(5), ReadSearch.parts(rs.getString(6)), rs.getDouble(7)));
                }
            }
        }
        return hits;
    }
}
