package org.parley.store;

import java.util.List;
import org.parley.model.Extraction;

/**
 * The event database: articles with the events and persons read out of them. Backend-neutral, so a
 * PostgreSQL store can stand in for {@link SqliteStore}. Failures are {@link StoreException}s.
 *
 * <p>Implementations are safe to share between threads; writes are serialised.
 */
public interface Store extends AutoCloseable {

    /**
     * Stores one article with its events and persons, all or nothing.
     *
     * @return true if the article was new; false if an article with the same content hash was
     *         already stored, in which case nothing changes
     */
    boolean save(Extraction extraction);

    /** Whether an article with this {@code Article.contentHash()} is stored. */
    boolean contains(String contentHash);

    /** The events that pass every filter of {@code query}, by date (unknown dates last), then id. */
    List<StoredEvent> events(EventQuery query);

    @Override
    void close();
}
