package org.parley.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.parley.ingest.admit.Admission;
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

    /** What a run did, for its last line. */
    public record Summary(long articles, long unreadable, long failed, long events, long sources, long actors) {
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
            System.out.println(run(spark, options));
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, String... args) {
        return run(spark, JobOptions.parse(args));
    }

    static Summary run(SparkSession spark, JobOptions o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
        LongAccumulator unreadable = jsc.sc().longAccumulator("unreadable records");
        LongAccumulator failed = jsc.sc().longAccumulator("articles the pipeline failed on");

        JavaRDD<String> extractions = jsc.binaryFiles(String.join(",", o.inputs()), partitions)
                .flatMapToPair(f -> extract(f._1(), f._2(), unreadable, failed))
                .reduceByKey(ParleyJob::firstRead, partitions)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        write(spark, extractions.map(ParleyJob::articleRow), Tables.ARTICLE, o.out(), Tables.ARTICLES);

        JavaRDD<Tuple2<String, Row>> merged = extractions.flatMapToPair(OccasionKeys::split)
                .groupByKey(partitions)
                .flatMap(g -> OccasionMerge.resolve(g._1(), g._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        write(spark, rows(merged, Tables.EVENTS), Tables.EVENT, o.out(), Tables.EVENTS);
        write(spark, rows(merged, Tables.SOURCES), Tables.SOURCE, o.out(), Tables.SOURCES);
        JavaRDD<Row> actors = rows(merged, Tables.ACTORS).mapToPair(r -> new Tuple2<>(r.getString(0), r))
                .reduceByKey(ParleyJob::sameActor).values();
        write(spark, actors, Tables.ACTOR, o.out(), Tables.ACTORS);
        if (o.jdbc() != null) {
            extractions.foreachPartition(it -> load(o.jdbc(), it));
        }
        Summary summary = new Summary(extractions.count(), unreadable.value(), failed.value(),
                rows(merged, Tables.EVENTS).count(), rows(merged, Tables.SOURCES).count(), actors.count());
        merged.unpersist();
        extractions.unpersist();
        return summary;
    }

    /** Every article of one file through the pipeline, keyed by content hash. */
    private static Iterator<Tuple2<String, String>> extract(String path, PortableDataStream data,
                                                           LongAccumulator unreadable, LongAccumulator failed) {
        Iterator<Article> articles = CorpusFile.read(path, data, unreadable);
        // admitted as the command line and the server admit, within the file: not English and copies are not read
        Admission admission = Admission.withinRun();
        return new Iterator<>() {
            private Tuple2<String, String> next;

            @Override
            public boolean hasNext() {
                while (next == null && articles.hasNext()) {
                    Article a = articles.next();
                    if (!admission.check(a).admitted()) {
                        continue;
                    }
                    try {
                        next = new Tuple2<>(a.contentHash(), ExtractionCodec.encode(Pipelines.get().process(a)));
                    } catch (RuntimeException e) {
                        failed.add(1); // one bad article does not stop its file, as in the CLI
                    }
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
