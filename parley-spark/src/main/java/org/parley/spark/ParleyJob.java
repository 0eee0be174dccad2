package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;
import scala.Tuple2;

/**
 * Parley over a corpus on a Spark cluster (or in local mode): the CLI's readers and pipeline per
 * partition, one article at a time; one article per distinct text (a shuffle by content hash); occasions
 * merged across the whole corpus by the store's resolver per group of candidates (a shuffle by
 * {@link OccasionKeys}); articles, events, sources and actors written as Parquet. See docs/scaling.md.
 */
public final class ParleyJob {

    /** Read tasks per core when not told: a slow file then does not leave the other cores idle at the end. */
    static final int READ_TASKS_PER_CORE = 3;
    private static final String ADMIT = "admit";
    private static final String ARTICLE_SHUFFLE = "article shuffle";
    private static final String OCCASION_MERGE = "occasion merge";
    private static final String WRITE = "write";

    /** What a run did, for its last line, and where its time went. */
    public record Summary(long articles, long unreadable, long failed, long events, long sources, long actors,
                          long copies, long notEnglish, JobFigures figures) {

        @Override
        public String toString() {
            return "Summary[articles=" + articles + ", unreadable=" + unreadable + ", failed=" + failed + ", events="
                    + events + ", sources=" + sources + ", actors=" + actors + ", copies=" + copies + ", not English="
                    + notEnglish + "]";
        }
    }

    /** The counters tasks add to: what was read, how long reading and extracting took, the merge groups. */
    private record Counters(LongAccumulator unreadable, LongAccumulator failed, LongAccumulator articles,
                            LongAccumulator events, LongAccumulator readNanos, LongAccumulator extractNanos,
                            LongAccumulator groups, LongAccumulator copyGroups, LongAccumulator reports,
                            LargestAccumulator largestGroup, CollectionAccumulator<String> failedArticles)
            implements Serializable {

        static Counters register(JavaSparkContext jsc) {
            LargestAccumulator largest = new LargestAccumulator();
            jsc.sc().register(largest, "largest merge group");
            return new Counters(jsc.sc().longAccumulator("unreadable records"),
                    jsc.sc().longAccumulator("articles the pipeline failed on"),
                    jsc.sc().longAccumulator("articles read"), jsc.sc().longAccumulator("events extracted"),
                    jsc.sc().longAccumulator("read ns"), jsc.sc().longAccumulator("extract ns"),
                    jsc.sc().longAccumulator("merge groups"), jsc.sc().longAccumulator("groups of copies only"),
                    jsc.sc().longAccumulator("reports resolved"), largest,
                    jsc.sc().collectionAccumulator("articles the pipeline failed on, by id"));
        }
    }

    private ParleyJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
        try {
            Summary summary = run(spark, options);
            System.out.print(summary.figures().table());
            System.out.println(summary);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.exit(1);
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, String... args) {
        return run(spark, JobOptions.parse(args));
    }

    static Summary run(SparkSession spark, JobOptions o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
        Counters counters = Counters.register(jsc);
        StageClock clock = StageClock.listen(jsc.sc());
        try {
            long listing = System.nanoTime();
            List<InputFiles.InputFile> files = InputFiles.list(o.inputs(), jsc.hadoopConfiguration());
            List<List<InputFiles.InputFile>> tasks = InputFiles.pack(files,
                    o.partitions() > 0 ? o.partitions() : READ_TASKS_PER_CORE * jsc.defaultParallelism());
            double listingSeconds = (System.nanoTime() - listing) / 1e9;
            Broadcast<Map<String, String>> hadoop = jsc.broadcast(InputFiles.settings(jsc.hadoopConfiguration()));

            long started = System.nanoTime();
            jsc.setLocalProperty(StageClock.PROPERTY, ADMIT);
            JavaRDD<CorpusAdmission.Ticket> tickets = jsc.parallelize(tasks, tasks.size())
                    .flatMap(taskFiles -> CorpusAdmission.tickets(taskFiles, hadoop.value()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            // in the command line's order, a partition at a time: the driver never holds every ticket
            CorpusAdmission.Decision decision = CorpusAdmission.decide(
                    tickets.sortBy(CorpusAdmission.Ticket::position, true, partitions).toLocalIterator());
            tickets.unpersist();
            Broadcast<long[]> skipped = jsc.broadcast(decision.skipped());
            double admitSeconds = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            jsc.setLocalProperty(StageClock.PROPERTY, "extract|" + ARTICLE_SHUFFLE);
            JavaRDD<String> extractions = jsc.parallelize(tasks, tasks.size())
                    .flatMapToPair(taskFiles -> extractAll(taskFiles, hadoop.value(), skipped.value(), counters))
                    .reduceByKey(ParleyJob::firstRead, partitions)
                    .values()
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long articles = extractions.count();
            double extractJob = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            jsc.setLocalProperty(StageClock.PROPERTY, OCCASION_MERGE);
            // the keys reports may be joined across, joined into groups on the driver (light: one line a key)
            OccasionGroups plan = OccasionGroups.plan(extractions.flatMap(OccasionKeys::planInput).distinct().collect());
            Broadcast<OccasionGroups> groups = jsc.broadcast(plan);
            JavaRDD<OccasionMerge.Output> resolved = extractions.flatMapToPair(x -> OccasionKeys.split(x, groups.value()))
                    .groupByKey(partitions)
                    .flatMap(g -> {
                        List<OccasionMerge.Output> out = OccasionMerge.resolve(g._1(), g._2(), counters.reports(),
                                counters.largestGroup());
                        (out.isEmpty() ? counters.copyGroups() : counters.groups()).add(1);
                        return out.iterator();
                    })
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<Tuple2<String, Row>> occasions = resolved.filter(r -> r.occasion() != null)
                    .mapToPair(r -> new Tuple2<>(groups.value().lineage(r.occasion().lineage()), r.occasion()))
                    .groupByKey(partitions)
                    .flatMap(g -> OccasionCopies.once(g._2()).iterator())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Map<String, Long> rowCounts = occasions.map(Tuple2::_1).countByValue();
            double mergeSeconds = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            jsc.setLocalProperty(StageClock.PROPERTY, WRITE);
            write(spark, extractions.map(ParleyJob::articleRow), Tables.ARTICLE, o.out(), Tables.ARTICLES);
            write(spark, rows(occasions, Tables.EVENTS), Tables.EVENT, o.out(), Tables.EVENTS);
            write(spark, rows(occasions, Tables.SOURCES), Tables.SOURCE, o.out(), Tables.SOURCES);
            JavaRDD<Row> actors = resolved.filter(r -> r.actor() != null)
                    .mapToPair(r -> new Tuple2<>(r.actor().getString(0), r.actor()))
                    .reduceByKey(ParleyJob::sameActor, partitions).values()
                    .persist(StorageLevel.MEMORY_AND_DISK());
            write(spark, actors, Tables.ACTOR, o.out(), Tables.ACTORS);
            List<Row> copies = furtherSources(decision, counters);
            write(spark, jsc.parallelize(copies, 1), Tables.COPY, o.out(), Tables.COPIES);
            long actorCount = actors.count();
            if (o.jdbc() != null) {
                extractions.foreachPartition(it -> load(o.jdbc(), it));
            }
            double writeSeconds = (System.nanoTime() - started) / 1e9;
            jsc.setLocalProperty(StageClock.PROPERTY, null);
            clock.stop();

            long events = rowCounts.getOrDefault(Tables.EVENTS, 0L);
            long sources = rowCounts.getOrDefault(Tables.SOURCES, 0L);
            JobFigures figures = figures(clock, counters, files.size(), listingSeconds, admitSeconds, decision,
                    extractJob, mergeSeconds, writeSeconds, articles, events, sources, actorCount, plan.joinedKeys());
            Summary summary = new Summary(articles, counters.unreadable().value(), counters.failed().value(),
                    events, sources, actorCount, copies.size(), decision.notEnglish(), figures);
            actors.unpersist();
            occasions.unpersist();
            resolved.unpersist();
            extractions.unpersist();
            return summary;
        } finally {
            jsc.setLocalProperty(StageClock.PROPERTY, null);
            jsc.sc().removeSparkListener(clock);
        }
    }

    /** The copies of articles that were extracted: a copy of one that failed is not recorded, as in the CLI. */
    private static List<Row> furtherSources(CorpusAdmission.Decision decision, Counters counters) {
        Set<String> failed = new java.util.HashSet<>(counters.failedArticles().value());
        return decision.copies().stream().filter(r -> !failed.contains(r.getString(0))).toList();
    }

    private static JobFigures figures(StageClock clock, Counters c, long files, double listingSeconds,
                                      double admitSeconds, CorpusAdmission.Decision decision,
                                      double extractJob, double mergeSeconds, double writeSeconds, long articles,
                                      long events, long sources, long actors, long joinedKeys) {
        Map<String, StageClock.Measured> m = clock.measured();
        StageClock.Measured map = m.getOrDefault("extract", new StageClock.Measured());
        double readTask = c.readNanos().value() / 1e9;
        double extractTask = c.extractNanos().value() / 1e9;
        double readShare = readTask + extractTask == 0 ? 0 : readTask / (readTask + extractTask);
        double mapWall = map.wallMillis / 1e3;
        double mapCpu = map.cpuNanos / 1e9;
        double longest = longest(map);
        List<JobFigures.Stage> stages = List.of(
                stage(m.get(ADMIT), ADMIT, admitSeconds, decision.tickets() + " articles, " + decision.exact()
                        + " exact and " + decision.near() + " near copies, " + decision.notEnglish()
                        + " not in English"),
                new JobFigures.Stage("read", listingSeconds + mapWall * readShare, map.tasks, readTask,
                        mapCpu * readShare, longest,
                        c.articles().value() + " articles from " + files + " files, " + c.unreadable().value()
                                + " unreadable", 0),
                new JobFigures.Stage("extract", mapWall * (1 - readShare), map.tasks, extractTask,
                        mapCpu * (1 - readShare), longest,
                        c.articles().value() - c.failed().value() + " extractions, " + c.events().value() + " events, "
                                + c.failed().value() + " failed", map.shuffleWritten),
                stage(m.get(ARTICLE_SHUFFLE), ARTICLE_SHUFFLE, Math.max(0, extractJob - mapWall),
                        articles + " distinct articles"),
                stage(m.get(OCCASION_MERGE), OCCASION_MERGE, mergeSeconds,
                        c.reports().value() + " reports in, " + events + " occasions, " + sources + " sources"),
                stage(m.get(WRITE), WRITE, writeSeconds, articles + " articles, " + events + " events, " + sources
                        + " sources, " + actors + " actors"));
        return new JobFigures(stages, files, c.groups().value(), c.copyGroups().value(), c.largestGroup().value(),
                c.reports().value(), joinedKeys);
    }

    private static JobFigures.Stage stage(StageClock.Measured m, String name, double seconds, String records) {
        StageClock.Measured measured = m == null ? new StageClock.Measured() : m;
        return new JobFigures.Stage(name, seconds, measured.tasks, measured.taskMillis / 1e3,
                measured.cpuNanos / 1e9, longest(measured),
                records, Math.max(measured.shuffleRead, measured.shuffleWritten));
    }

    private static double longest(StageClock.Measured m) {
        synchronized (m) {
            return m.taskTimes.stream().mapToLong(Long::longValue).max().orElse(0) / 1e3;
        }
    }

    /** Every article of a task's files through the pipeline, keyed by content hash, one file after another. */
    private static Iterator<Tuple2<String, String>> extractAll(List<InputFiles.InputFile> files,
                                                              Map<String, String> hadoop, long[] skipped,
                                                              Counters counters) {
        Configuration conf = InputFiles.configuration(hadoop);
        Iterator<InputFiles.InputFile> pending = files.iterator();
        return new Iterator<>() {
            private Iterator<Tuple2<String, String>> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pending.hasNext()) {
                    InputFiles.InputFile file = pending.next();
                    Path p = new Path(file.path());
                    current = extract(file, () -> p.getFileSystem(conf).open(p), skipped, counters);
                }
                return current.hasNext();
            }

            @Override
            public Tuple2<String, String> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Every admitted article of one file through the pipeline, keyed by content hash. */
    private static Iterator<Tuple2<String, String>> extract(InputFiles.InputFile file, CorpusFile.Opener data,
                                                            long[] skipped, Counters counters) {
        long opened = System.nanoTime();
        Iterator<Article> articles = CorpusFile.read(file.path(), data, counters.unreadable());
        counters.readNanos().add(System.nanoTime() - opened);
        return new Iterator<>() {
            private Tuple2<String, String> next;
            private int record;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    long reading = System.nanoTime();
                    boolean more = articles.hasNext();
                    Article a = more ? articles.next() : null;
                    long extracting = System.nanoTime();
                    counters.readNanos().add(extracting - reading);
                    if (!more) {
                        break;
                    }
                    if (CorpusAdmission.skips(skipped, file.index(), record++)) {
                        continue; // a copy or not in English: decided over the whole input (CorpusAdmission)
                    }
                    counters.articles().add(1);
                    try {
                        Extraction x = Pipelines.get().process(a);
                        counters.events().add(x.events().size());
                        next = new Tuple2<>(a.contentHash(), ExtractionCodec.encode(x));
                    } catch (RuntimeException e) {
                        counters.failed().add(1); // one bad article does not stop its file, as in the CLI
                        counters.failedArticles().add(a.contentHash());
                    }
                    counters.extractNanos().add(System.nanoTime() - extracting);
                }
                return next != null;
            }

            @Override
            public Tuple2<String, String> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Tuple2<String, String> out = next;
                next = null;
                return out;
            }
        };
    }

    /** The same text read twice is one article: the one read from the first origin, so runs repeat. */
    private static String firstRead(String a, String b) {
        String originA = ExtractionCodec.decode(a).article().origin();
        String originB = ExtractionCodec.decode(b).article().origin();
        return originA.compareTo(originB) <= 0 ? a : b;
    }

    private static Row articleRow(String encoded) {
        Extraction x = ExtractionCodec.decode(encoded);
        Article a = x.article();
        java.time.LocalDate published = x.published() != null ? x.published() : a.published();
        return RowFactory.create(a.contentHash(), a.id(), a.origin(), a.url(), a.title(),
                published == null ? null : published.toString(), x.publishedHow(), x.events().size(), a.text());
    }

    /** One actor key seen in several groups: every alias and title any group saw. */
    private static Row sameActor(Row a, Row b) {
        String name = a.getString(2).compareTo(b.getString(2)) <= 0 ? a.getString(2) : b.getString(2);
        return RowFactory.create(a.getString(0), a.getString(1), name, a.getString(3), union(a, b, 4), union(a, b, 5));
    }

    private static String[] union(Row a, Row b, int field) {
        Set<String> all = new LinkedHashSet<>();
        for (Row r : List.of(a, b)) {
            all.addAll(List.of((String[]) r.get(field))); // rows made by OccasionMerge, not yet Spark's own
        }
        return new ArrayList<>(all).stream().sorted().toArray(String[]::new);
    }

    private static JavaRDD<Row> rows(JavaRDD<Tuple2<String, Row>> merged, String table) {
        return merged.filter(t -> t._1().equals(table)).map(Tuple2::_2);
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String out, String table) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
    }

    /** Each executor saves its partition's articles through the store, resolving as 'parley ingest' does. */
    private static void load(String url, Iterator<String> encoded) {
        try (Store store = Stores.open(url)) {
            encoded.forEachRemaining(x -> store.save(ExtractionCodec.decode(x)));
        }
    }
}
