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
 * Full-text search (SQLite FTS5) over article texts and evidence sentences, ranked by BM25. Snippets are
 * cut with control characters as match markers, then split into parts, so no markup enters the text.
 */
final class ReadSearch {

    private static final String OPEN = "\u0002";
    private static final String CLOSE = "\u0003";
    private static final String ELLIPSIS = "\u2026";

    private final Connection c;

    ReadSearch(Connection c) {
        this.c = c;
    }

    List<SearchHit> search(String words, int limit) throws SQLException {
        String fts = FtsQuery.prefixes(words);
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(read("SELECT 'article', s.article_id, NULL, a.title, a.published,"
                + " snippet(article_search, 2, ?, ?, ?, 24), bm25(article_search) AS rank"
                + " FROM article_search s JOIN articles a ON a.id = s.article_id"
                + " WHERE article_search MATCH ? ORDER BY rank LIMIT ?", fts, limit));
        // an evidence hit opens the occasion its sentence reports
        hits.addAll(read("SELECT 'evidence', e.article_id, oe.occasion_id, a.title, e.date_start,"
                + " snippet(evidence_search, 0, ?, ?, ?, 32), bm25(evidence_search) AS rank"
                + " FROM evidence_search JOIN events e ON e.id = evidence_search.rowid"
                + " JOIN occasion_events oe ON oe.event_id = e.id JOIN articles a ON a.id = e.article_id"
                + " WHERE evidence_search MATCH ? ORDER BY rank LIMIT ?", fts, limit));
        hits.sort(Comparator.comparingDouble(SearchHit::rank));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private List<SearchHit> read(String sql, String fts, int limit) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, OPEN);
            ps.setString(2, CLOSE);
            ps.setString(3, ELLIPSIS);
            ps.setString(4, fts);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long event = rs.getLong(3);
                    Long eventId = rs.wasNull() ? null : event;
                    hits.add(new SearchHit(rs.getString(1), rs.getString(2), eventId,
                            rs.getString(4), rs.getString(5), parts(rs.getString(6)), rs.getDouble(7)));
                }
            }
        }
        return hits;
    }

    /** "a \u0002b\u0003 c" is [a , b (match),  c]. */
    static List<SearchHit.Part> parts(String snippet) {
        List<SearchHit.Part> parts = new ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf(OPEN, at);
            if (open < 0) {
                parts.add(new SearchHit.Part(snippet.substring(at), false));
                break;
            }
            if (open > at) {
                parts.add(new SearchHit.Part(snippet.substring(at, open), false));
            }
            int close = snippet.indexOf(CLOSE, open + 1);
            int end = close < 0 ? snippet.length() : close;
            parts.add(new SearchHit.Part(snippet.substring(open + 1, end), true));
            at = close < 0 ? end : close + 1;
        }
        return parts;
    }
}
