package org.parley.ingest.admit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.ingest.LanguageGuess;
import org.parley.ingest.dedup.NearDuplicateIndex;
import org.parley.ingest.dedup.NearDuplicates;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.store.ArticleFingerprint;
import org.parley.store.NewArticle;
import org.parley.store.Store;

/**
 * Decides which articles are read at all, the same way for every entry point (the command line, the
 * server's upload, the Spark job): an article confidently not in English is passed over, and so is
 * a copy of one already taken, which becomes another source of it.
 *
 * <p>Copies are the same text (exact), or a SimHash within
 * {@value NearDuplicateIndex#DEFAULT_MAX_DISTANCE} bits (near: the same story syndicated by another
 * site). Compares with a bounded window, the last {@link #WINDOW} articles taken in this run or
 * stored before it, and only with those published within {@link #MAX_DAYS_APART} days when both
 * dates are known: chance matches grow with the window, about 2 in 10^7 per pair at 12 bits.
 *
 * <p>Another process may store a copy of the same story meanwhile: {@link #save} stores a new
 * article only after checking, under the database's write lock, what others stored since the article
 * was compared with the window, so that of two copies one is stored and the other becomes its source,
 * whichever process comes first. What others stored joins the window.
 *
 * <p>{@link #check} runs on one thread (a batch's reader), which also adds to the window, so that a
 * copy of an article still being processed is caught. {@link #save} and {@link #copy} run on another
 * (a batch's writer); the window is shared under this object's lock.
 */
public final class Admission {

    public static final int WINDOW = 10_000;
    public static final int MAX_DAYS_APART = 14;
    /**
     * Shorter texts are compared exactly only: in a few sentences, a changed name or date is a
     * large share of the 5-word shingles yet makes another story, and templated short items
     * (briefs, test fixtures) fall within the threshold of each other.
     */
    public static final int MIN_WORDS = 50;

    /**
     * What {@link #check} found.
     *
     * @param of          for a copy, the id (content hash) of the article copied; else null
     * @param ofOrigin    for a copy, where that article was read from
     * @param fingerprint the text's SimHash (0 for an article not in English, which is not compared)
     * @param language    for an article not in English, the language it seems to be in; else null
     */
    public record Verdict(Kind kind, String of, String ofOrigin, long fingerprint, String language) {

        public enum Kind { NEW, EXACT, NEAR, NOT_ENGLISH }

        public boolean admitted() {
            return kind == Kind.NEW;
        }
    }

    private record Entry(String id, long fingerprint, String origin, LocalDate published) {
    }

    private final Store store;
    /**
     * The window, a ring from {@link #oldest}, with its fingerprints packed apart: the scan for near copies
     * reads only those (one XOR and bit count each, 10,000 per article), not an object per entry.
     */
    private final Entry[] window = new Entry[WINDOW];
    private final long[] windowFingerprints = new long[WINDOW];
    private int windowSize;
    private int oldest;
    private final Map<String, Entry> byId = new HashMap<>();
    /**
     * Within a run without a store, the articles taken that left the window, by id, with their origin:
     * as a store answers {@link Store#contains}, so that an exact copy is one however far apart.
     */
    private final Map<String, String> takenBeforeWindow = new HashMap<>();
    /** Articles of this run that became sources of another process's copy: their id, and that copy's. */
    private final Map<String, String> becameSourceOf = new HashMap<>();
    /** Fingerprints stored up to this mark are in the window (or were compared when saving). */
    private long mark;
    /** Articles found new and not yet saved, with the mark when they were compared with the window. */
    private final Map<String, Long> checkedAt = new HashMap<>();

    private Admission(Store store) {
        this.store = store;
        if (store != null) {
            mark = store.fingerprintMark();
            List<ArticleFingerprint> recent = store.recentFingerprints(WINDOW);
            for (int i = recent.size() - 1; i >= 0; i--) { // oldest first, so the newest stay longest
                ArticleFingerprint f = recent.get(i);
                remember(new Entry(f.articleId(), f.fingerprint(), f.origin(), f.published()));
            }
        }
    }

    /** Against {@code store}: what it holds counts as taken, and copies are recorded as its sources. */
    public static Admission against(Store store) {
        return new Admission(store);
    }

    /** Within one run only, nothing recorded (extract). */
    public static Admission withinRun() {
        return new Admission(null);
    }

    /**
     * What admission needs of an article, without its text: a job that reads an archive in parallel
     * computes these where the articles are read and decides on one machine, in the command line's order.
     *
     * @param id          the text's content hash
     * @param origin      where it was read from
     * @param published   the article's day, or null
     * @param fingerprint the text's SimHash (0 when not in English: not compared)
     * @param comparable  whether the text is long enough to be compared by fingerprint ({@link #MIN_WORDS})
     * @param notEnglish  the language it seems to be in when confidently not English, else null
     */
    public record Candidate(String id, String origin, LocalDate published, long fingerprint, boolean comparable,
                            String notEnglish) implements Serializable {

        public static Candidate of(Article article) {
            LanguageGuess language = LanguageGuess.of(article.text());
            if (language.isConfidentlyNotEnglish()) {
                return new Candidate(article.contentHash(), article.origin(), article.published(), 0, false,
                        language.language());
            }
            return new Candidate(article.contentHash(), article.origin(), article.published(),
                    NearDuplicates.fingerprint(article.text()), wordCount(article.text()) >= MIN_WORDS, null);
        }
    }

    /** Whether the article is read (NEW), and if not why; a NEW article joins the window at once. */
    public synchronized Verdict check(Article article) {
        return check(Candidate.of(article));
    }

    /** As {@link #check(Article)}, from what was computed where the article was read. */
    public synchronized Verdict check(Candidate article) {
        if (article.notEnglish() != null) {
            return new Verdict(Verdict.Kind.NOT_ENGLISH, null, null, 0, article.notEnglish());
        }
        String id = article.id();
        Entry same = byId.get(id);
        if (same != null) {
            return new Verdict(Verdict.Kind.EXACT, id, same.origin(), same.fingerprint(), null);
        }
        long fingerprint = article.fingerprint();
        if (store != null ? store.contains(id) : takenBeforeWindow.containsKey(id)) { // taken, but before the window
            String origin = store != null ? "an earlier run" : takenBeforeWindow.get(id);
            return new Verdict(Verdict.Kind.EXACT, id, origin, fingerprint, null);
        }
        Optional<Entry> near = article.comparable() ? nearest(fingerprint, article.published()) : Optional.empty();
        if (near.isPresent()) {
            return new Verdict(Verdict.Kind.NEAR, near.get().id(), near.get().origin(), fingerprint, null);
        }
        remember(new Entry(id, fingerprint, article.origin(), article.published()));
        checkedAt.put(id, mark);
        return new Verdict(Verdict.Kind.NEW, null, null, fingerprint, null);
    }

    /**
     * Stores an article {@link #check} found new, with its fingerprint, unless another process
     * stored a copy of its story since this run last looked: then it is recorded as a source of that.
     */
    public NewArticle save(Extraction extraction, long fingerprint) {
        Article article = extraction.article();
        boolean comparable = wordCount(article.text()) >= MIN_WORDS && fingerprint != 0;
        long since; // what others stored since the article was compared with the window
        synchronized (this) {
            Long checked = checkedAt.remove(article.contentHash());
            since = checked != null ? checked : mark;
        }
        if (store == null) {
            throw new IllegalStateException("an admission within one run stores nothing");
        }
        NewArticle saved = store.saveNew(extraction, fingerprint, since, arrived -> comparable
                ? nearestOf(arrived, fingerprint, article.published()) : Optional.empty());
        synchronized (this) {
            mark = Math.max(mark, saved.mark());
            for (ArticleFingerprint f : saved.arrived()) {
                if (!byId.containsKey(f.articleId())) {
                    remember(new Entry(f.articleId(), f.fingerprint(), f.origin(), f.published()));
                }
            }
            if (saved.outcome() == NewArticle.Outcome.SOURCE_OF) {
                becameSourceOf.put(article.contentHash(), saved.copyOf().articleId());
            }
        }
        return saved;
    }

    /** An article found new that failed: no longer awaited. */
    public synchronized void notSaved(Article article) {
        checkedAt.remove(article.contentHash());
    }

    /** {@code copy} is another source of the stored article {@code of}. */
    public void copy(Verdict verdict, Article copy) {
        if (store != null) {
            String of;
            synchronized (this) {
                of = becameSourceOf.getOrDefault(verdict.of(), verdict.of());
            }
            if (!store.contains(of)) {
                // the story it copies went into the store under another process's article: the nearest one
                of = nearestOf(store.recentFingerprints(WINDOW), verdict.fingerprint(), copy.published())
                        .map(ArticleFingerprint::articleId).orElse(of);
            }
            store.addSource(of, copy.url(), copy.origin(), copy.published());
            if (verdict.kind() == Verdict.Kind.EXACT && of.equals(verdict.of())) {
                // the same text: its fingerprint is the stored one's, which a killed run may not have saved
                store.addFingerprint(verdict.of(), verdict.fingerprint());
            }
        }
    }

    private static Optional<ArticleFingerprint> nearestOf(List<ArticleFingerprint> stored, long fingerprint,
                                                          LocalDate published) {
        ArticleFingerprint best = null;
        int bestDistance = NearDuplicateIndex.DEFAULT_MAX_DISTANCE + 1;
        for (ArticleFingerprint f : stored) {
            int d = NearDuplicates.distance(f.fingerprint(), fingerprint);
            if (d < bestDistance && closeInTime(f.published(), published)) {
                best = f;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Entry> nearest(long fingerprint, LocalDate published) {
        if (fingerprint == 0) {
            return Optional.empty(); // no words: nothing to compare
        }
        Entry best = null;
        int bestDistance = NearDuplicateIndex.DEFAULT_MAX_DISTANCE + 1;
        for (int i = 0, at = oldest; i < windowSize; i++, at = at + 1 == WINDOW ? 0 : at + 1) { // oldest first
            int d = NearDuplicates.distance(windowFingerprints[at], fingerprint);
            if (d < bestDistance && closeInTime(window[at].published(), published)) {
                best = window[at];
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < MIN_WORDS; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static boolean closeInTime(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= MAX_DAYS_APART;
    }

    private void remember(Entry entry) {
        int at;
        if (windowSize == WINDOW) {
            Entry left = window[oldest];
            byId.remove(left.id(), left);
            if (store == null) {
                takenBeforeWindow.put(left.id(), left.origin());
            }
            at = oldest;
            oldest = oldest + 1 == WINDOW ? 0 : oldest + 1;
        } else {
            at = (oldest + windowSize++) % WINDOW;
        }
        window[at] = entry;
        windowFingerprints[at] = entry.fingerprint();
        byId.put(entry.id(), entry);
    }
}
