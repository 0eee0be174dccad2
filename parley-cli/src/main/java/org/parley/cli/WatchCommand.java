package org.parley.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.ingest.admit.Admission;
import org.parley.ingest.watch.FeedPoll;
import org.parley.ingest.watch.FeedWatcher;
import org.parley.ingest.watch.WatchSettings;
import org.parley.model.PageRetry;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS/Atom feeds and ingests the pages of new items, as ingest does (copies recorded as"
                + " sources, articles not in English skipped).",
                "Feeds are fetched at once, with conditional GET; a feed or page that fails or is slow is reported"
                        + " on one line and the rest go on. Links handled are kept in the database, so a restart"
                        + " does not fetch them again. A page that fails in a way that may pass (timeout, size cap,"
                        + " redirect loop, server error) is tried again in later polls, waiting longer each time, up to"
                        + " --page-attempts times; then it is given up with its reason (--status lists those). Each poll ends with a"
                        + " summary. Stop with Ctrl-C.",
                "URLs taken from feeds (item links, redirects) may not lead to loopback, link-local, private, multicast"
                        + " or unspecified addresses unless --allow-private is given; each refused URL is one line."})
final class WatchCommand implements Callable<Integer> {

    /** Seen links loaded at start: feeds list their latest items, so the most recent ones are enough. */
    private static final int SEEN_LINKS_KEPT = 100_000;

    private final Supplier<Pipeline> pipelines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Mixin
    private ThreadsOption threads;

    @Parameters(arity = "0..*", paramLabel = "FEED_URL", description = "Feeds to follow (http or https).")
    private List<URI> feeds = List.of();

    @Option(names = "--status", description = "List the pages being retried and those given up, with their reasons,"
            + " then exit (no feed is fetched).")
    private boolean status;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls: 30s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    private Duration every;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest wait for one feed or page (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--allow-private", description = "Let feed items and redirects lead to loopback, link-local,"
            + " private, multicast and unspecified addresses (refused by default; the feeds named are always fetched).")
    private boolean allowPrivate;

    @Option(names = "--retry-after", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Wait before fetching a failed page again; doubled after each attempt (default: ${DEFAULT-VALUE}).")
    private Duration retryAfter;

    @Option(names = "--page-attempts", paramLabel = "N", defaultValue = "4",
            description = "Fetches of a failing page before it is given up (default: ${DEFAULT-VALUE}).")
    private int pageAttempts;

    @Option(names = "--once", description = "Poll once, then exit: 1 if a feed, page or article failed.")
    private boolean once;

    WatchCommand(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws Exception {
        if (status) {
            return printStatus();
        }
        if (feeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name at least one FEED_URL (or ask for --status)");
        }
        if (pageAttempts < 1) {
            throw new ParameterException(spec.commandLine(), "--page-attempts must be at least 1, got " + pageAttempts);
        }
        for (URI feed : feeds) {
            String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || feed.getHost() == null) {
                throw new ParameterException(spec.commandLine(), feed + ": not an http or https URL");
            }
        }
        Duration connect = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
        WatchSettings settings = WatchSettings.defaults().withTimeouts(connect, timeout).withAllowPrivate(allowPrivate)
                .withRetries(pageAttempts, retryAfter);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Supplier<Pipeline> pipeline = once(pipelines);
        PollInput input = new PollInput();
        try (Store store = db.open();
             FeedWatcher watcher = new FeedWatcher(feeds, settings, input::article, input::problem)) {
            Set<String> saved = new HashSet<>(store.seenLinks(SEEN_LINKS_KEPT));
            watcher.seedSeen(saved);
            watcher.seedRetries(store.pageRetries());
            Admission dedup = Admission.against(store); // one window across polls
            while (true) {
                Progress progress = new Progress(err, Terminal.stderrIsTerminal(), "watch");
                input.watcher = watcher;
                BatchSummary s = new BatchRun(pipeline, threads.count(), progress).run(input, dedup, BatchRun.storing(dedup, store));
                out.println("poll at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ":");
                input.polls.forEach(p -> out.println(describe(p)));
                s.print(out, "stored");
                saveSeen(store, watcher, saved);
                FeedWatcher.RetryChanges retried = watcher.takeRetryChanges();
                store.savePageRetries(retried.retried(), retried.fetched());
                if (once) {
                    boolean feedFailed = input.polls.stream().anyMatch(p -> p.outcome() == FeedPoll.Outcome.FAILED);
                    return feedFailed || s.failed() > 0 ? Parley.FAILURE : 0;
                }
                Thread.sleep(every.toMillis());
            }
        }
    }

    /** The pages retried and given up, one line each: when to try again or when given up, attempts, link, reason. */
    private int printStatus() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.open()) {
            List<PageRetry> pages = store.pageRetries();
            long failed = pages.stream().filter(PageRetry::gaveUp).count();
            out.println((pages.size() - failed) + " pages to try again, " + failed + " given up");
            for (PageRetry p : pages) {
                Instant when = (p.gaveUp() ? p.failedAt() : p.nextAttempt()).truncatedTo(ChronoUnit.SECONDS);
                out.println((p.gaveUp() ? "failed " : "retry after ") + when + "  attempts " + p.attempts() + "  "
                        + p.link() + ": " + p.reason());
            }
            out.flush();
        }
        return 0;
    }

    private static void saveSeen(Store store, FeedWatcher watcher, Set<String> saved) {
        List<String> fresh = watcher.seenLinks().stream().filter(l -> !saved.contains(l)).toList();
        if (!fresh.isEmpty()) {
            store.addSeenLinks(fresh);
            saved.addAll(fresh);
        }
    }

    private static String describe(FeedPoll poll) {
        return switch (poll.outcome()) {
            case UPDATED -> "feed " + poll.feed() + ": " + poll.newArticles() + " new";
            case NOT_MODIFIED -> "feed " + poll.feed() + ": not modified";
            case FAILED -> "feed " + poll.feed() + ": failed: " + poll.reason();
        };
    }

    /** The pipeline is built on the first article of the first poll that has one, then kept. */
    private static Supplier<Pipeline> once(Supplier<Pipeline> pipelines) {
        return new Supplier<>() {
            private Pipeline pipeline;

            @Override
            public synchronized Pipeline get() {
                if (pipeline == null) {
                    pipeline = pipelines.get();
                }
                return pipeline;
            }
        };
    }

    /** One poll of every feed as a batch's input: the watcher's articles and problems go to the batch's intake. */
    private static final class PollInput implements BatchRun.Input {
        private FeedWatcher watcher;
        private volatile Intake intake;
        private List<FeedPoll> polls = List.of();

        @Override
        public int count() {
            return 0;
        }

        @Override
        public void readInto(Intake into) {
            intake = into;
            polls = watcher.pollOnce();
        }

        void article(org.parley.model.Article article) {
            intake.article(article);
        }

        void problem(org.parley.ingest.ReadProblem problem) {
            intake.problem(problem);
        }
    }
}
