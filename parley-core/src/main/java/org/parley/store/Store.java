package org.parley.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.parley.model.Extraction;
import org.parley.resolve.Curation;
import org.parley.resolve.KbEntry;

/**
 * The event database: articles with the events and persons read out of them. Backend-neutral, so a
 * {@link PostgresStore} can stand in for {@link SqliteStore} ({@link Stores#open} picks one). Failures
 * are {@link StoreException}s.
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

    // The knowledge base, on either backend (the actor, actors and kb commands).

    /** Actors passing every filter of {@code query}: persons first, by name. */
    List<StoredActor> actors(ActorQuery query);

    /** The profile of the actor with this id or name, if there is one. */
    java.util.Optional<ActorProfile> actor(String idOrName);

    /** Records an analyst's merge or split and applies it to everything stored. */
    void decide(Curation.Decision decision);

    /** Adds an analyst's actors (own list or dictionary); returns how many. */
    int importActors(List<KbEntry> entries);

    /** Every actor with aliases, titles over time and codes. */
    List<KbEntry> exportActors();

    /** Drops the knowledge base and occasions and derives them again from every stored article. */
    void rebuildKnowledgeBase();

    @Override
    void close();

    // Duplicates and feed state (schema 50): kept apart from the methods above to ease merging.

    /** Remembers the fingerprint of a stored article's text; a second call for it changes nothing. */
    void addFingerprint(String articleId, long fingerprint);

    /**
     * The fingerprints remembered last, newest first, at most {@code limit}: the window that new
     * articles are compared with. Bounded because chance matches grow with the window.
     */
    List<ArticleFingerprint> recentFingerprints(int limit);

    /**
     * Records another place a stored article was read from (a syndicated copy, the same file read
     * again from elsewhere).
     *
     * @return true if recorded; false if that origin was already recorded or is the article's own
     * @throws StoreException if no article {@code articleId} is stored
     */
    boolean addSource(String articleId, String url, String origin, LocalDate published);

    /** The mark of the newest fingerprint stored: what {@link #saveNew} is told has been seen. */
    long fingerprintMark();

    /**
     * Saves a new article with its fingerprint, unless another writer stored a near-copy of it since
     * {@code mark}: in one step, so that of two processes saving two copies of one story at once, one
     * stores it and the other records its copy as another source of it, whichever comes first. The
     * fingerprints stored after {@code mark} are handed to {@code nearCopy}; when it picks one, the
     * article is recorded as a source of that one and not stored.
     */
    NewArticle saveNew(Extraction extraction, long fingerprint, long mark,
                       java.util.function.Function<List<ArticleFingerprint>, java.util.Optional<ArticleFingerprint>> nearCopy);

    /** Feed links handled by a watcher, the {@code limit} most recent. */
    Set<String> seenLinks(int limit);

    /** Remembers feed links as handled; links already remembered are left as they are. */
    void addSeenLinks(Collection<String> links);

    // Pages a watcher could not fetch (schema 200).

    /** Every page being retried or given up, given-up ones last, most recent first. */
    List<org.parley.model.PageRetry> pageRetries();

    /** Records each page's latest state (replacing what was recorded for its link); a page fetched at last is dropped. */
    void savePageRetries(Collection<org.parley.model.PageRetry> retries, Collection<String> fetched);
}
