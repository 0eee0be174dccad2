package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.model.PageRetry;

/** The SQL of schema 50: fingerprints, further sources, a watcher's seen links. Standard SQL only. */
final class DuplicateTables {

    private final Connection connection;

    DuplicateTables(Connection connection) {
        this.connection = connection;
    }

    void addFingerprint(String articleId, long fingerprint) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO article_fingerprints (article_id,"
                + " fingerprint) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING")) {
            ps.setString(1, articleId);
            ps.setLong(2, fingerprint);
            ps.executeUpdate();
        }
    }

    List<ArticleFingerprint> recentFingerprints(int limit) throws SQLException {
        return fingerprints("ORDER BY f.rowid DESC LIMIT ?", limit);
    }

    /** The largest fingerprint row id, 0 when none is stored. */
    long fingerprintMark() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(rowid), 0) FROM article_fingerprints");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Fingerprints stored after row {@code mark}, oldest first. */
    List<ArticleFingerprint> fingerprintsAfter(long mark) throws SQLException {
        return fingerprints("WHERE f.rowid > ? ORDER BY f.rowid", mark);
    }

    /** The fingerprints with their article's origin and day, selected and ordered by {@code tail} with one parameter. */
    private List<ArticleFingerprint> fingerprints(String tail, long parameter) throws SQLException {
        List<ArticleFingerprint> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT f.article_id, f.fingerprint, a.origin,"
                + " a.published FROM article_fingerprints f JOIN articles a ON a.id = f.article_id " + tail)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(4);
                    out.add(new ArticleFingerprint(rs.getString(1), rs.getLong(2), rs.getString(3),
                            published == null ? null : LocalDate.parse(published.substring(0, 10))));
                }
            }
        }
        return out;
    }

    /**
     * {@link Store#saveNew} inside the caller's transaction, which holds the write lock: the check
     * and the insert see the same fingerprints.
     */
    NewArticle saveNew(Extraction extraction, long fingerprint, long mark,
                       Function<List<ArticleFingerprint>, Optional<ArticleFingerprint>> nearCopy,
                       Work<Boolean> insertAndResolve) throws SQLException {
        List<ArticleFingerprint> arrived = fingerprintsAfter(mark);
        long newMark = fingerprintMark();
        Optional<ArticleFingerprint> copied = nearCopy.apply(arrived)
                .filter(f -> !f.articleId().equals(extraction.article().contentHash()));
        Article article = extraction.article();
        if (copied.isPresent()) {
            addSource(copied.get().articleId(), article.url(), article.origin(), article.published());
            return new NewArticle(NewArticle.Outcome.SOURCE_OF, copied.get(), arrived, newMark);
        }
        if (!insertAndResolve.run(connection)) {
            return new NewArticle(NewArticle.Outcome.ALREADY_STORED, null, arrived, newMark);
        }
        addFingerprint(article.contentHash(), fingerprint);
        return new NewArticle(NewArticle.Outcome.STORED, null, arrived, fingerprintMark());
    }

    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    boolean addSource(String articleId, String url, String origin, LocalDate published) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT origin FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no stored article " + articleId + " to add a source to");
                }
                if (rs.getString(1).equals(origin)) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO article_urls (article_id, url, origin,"
                + " published, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, origin) DO NOTHING")) {
            ps.setString(1, articleId);
            ps.setString(2, url);
            ps.setString(3, origin);
            ps.setString(4, published == null ? null : published.toString());
            ps.setString(5, Instant.now().toString());
            return ps.executeUpdate() == 1;
        }
    }

    Set<String> seenLinks(int limit) throws SQLException {
        Set<String> links = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT link FROM watch_seen_links ORDER BY rowid DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(rs.getString(1));
                }
            }
        }
        return links;
    }

    /** In one transaction: a poll's links are few, and one commit is far cheaper than one per link. */
    void addSeenLinks(Collection<String> links) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO watch_seen_links (link, seen_at)"
                + " VALUES (?, ?) ON CONFLICT (link) DO NOTHING")) {
            String now = Instant.now().toString();
            for (String link : links) {
                ps.setString(1, link);
                ps.setString(2, now);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    List<PageRetry> pageRetries() throws SQLException {
        List<PageRetry> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT link, attempts, next_attempt, reason, failed_at"
                + " FROM watch_page_retries ORDER BY CASE WHEN failed_at IS NULL THEN 0 ELSE 1 END,"
                + " COALESCE(failed_at, next_attempt) DESC, link");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String failed = rs.getString(5);
                out.add(new PageRetry(rs.getString(1), rs.getInt(2), Instant.parse(rs.getString(3)), rs.getString(4),
                        failed == null ? null : Instant.parse(failed)));
            }
        }
        return out;
    }

    /** In one transaction, as {@link #addSeenLinks}. */
    void savePageRetries(Collection<PageRetry> retries, Collection<String> fetched) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM watch_page_retries WHERE link = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO watch_page_retries (link, attempts,"
                     + " next_attempt, reason, failed_at) VALUES (?, ?, ?, ?, ?)")) {
            for (String link : fetched) {
                delete.setString(1, link);
                delete.executeUpdate();
            }
            for (PageRetry r : retries) {
                delete.setString(1, r.link());
                delete.executeUpdate();
                insert.setString(1, r.link());
                insert.setInt(2, r.attempts());
                insert.setString(3, r.nextAttempt().toString());
                insert.setString(4, r.reason());
                insert.setString(5, r.failedAt() == null ? null : r.failedAt().toString());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
