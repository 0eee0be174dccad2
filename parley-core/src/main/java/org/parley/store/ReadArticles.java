package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.store.read.ArticleView;
import org.parley.store.read.EvidenceSpan;

/** An article with the evidence spans of its events, each linking to the occasion it reports. */
final class ReadArticles {

    private final Connection c;

    ReadArticles(Connection c) {
        this.c = c;
    }

    Optional<ArticleView> article(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source_id, origin, url, title, published,"
                + " published_how, text FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String published = rs.getString("published");
                String text = rs.getString("text");
                return Optional.of(new ArticleView(id, rs.getString("source_id"), SourceNames.file(rs.getString("origin")),
                        rs.getString("url"), SourceNames.headline(rs.getString("title"), text.substring(0,
                                Math.min(300, text.length()))),
                        published == null ? null : LocalDate.parse(published), rs.getString("published_how"),
                        text, spans(id)));
            }
        }
    }

    private List<EvidenceSpan> spans(String articleId) throws SQLException {
        List<EvidenceSpan> spans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT oe.occasion_id, e.type, e.evidence_begin,"
                + " e.evidence_end FROM events e JOIN occasion_events oe ON oe.event_id = e.id"
                + " WHERE e.article_id = ? ORDER BY e.evidence_begin, e.position")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.add(new EvidenceSpan(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        return spans;
    }
}
