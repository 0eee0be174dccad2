package org.parley.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes, each a folder under the output. Dates are ISO text at their
 * precision ("2024", "2024-03", "2024-03-05"), as in the store; ids are content hashes and keys, so
 * that runs over overlapping corpora join.
 */
final class Tables {

    static final String ARTICLES = "articles";
    static final String EVENTS = "events";
    static final String SOURCES = "sources";
    static final String ACTORS = "actors";
    static final String COPIES = "copies";

    /** One row per distinct article text. */
    static final StructType ARTICLE = new StructType()
            .add("article_id", StringType, false).add("source_id", StringType).add("origin", StringType)
            .add("url", StringType).add("title", StringType).add("published", StringType)
            .add("published_how", StringType).add("events", IntegerType).add("text", StringType);

    /** One row per occasion, however many articles reported it. */
    static final StructType EVENT = new StructType()
            .add("event_id", StringType, false).add("type", StringType).add("status", StringType)
            .add("date", StringType).add("date_end", StringType).add("date_precision", StringType)
            .add("location", StringType).add("mechanism", StringType).add("cameo", StringType)
            .add("goldstein", DoubleType).add("confidence", DoubleType)
            .add("participants", createArrayType(StringType)).add("countries", createArrayType(StringType))
            .add("actor_keys", createArrayType(StringType)).add("plan_fulfilled", BooleanType)
            .add("date_conflict", BooleanType).add("sources", IntegerType);

    /** One row per event as one article states it (a source of an occasion), as 'parley extract' writes it. */
    static final StructType SOURCE = new StructType()
            .add("event_id", StringType, false).add("article_id", StringType).add("position", IntegerType)
            .add("source_id", StringType).add("origin", StringType).add("url", StringType)
            .add("published", StringType).add("type", StringType).add("status", StringType)
            .add("date", StringType).add("date_end", StringType).add("location", StringType)
            .add("participants", createArrayType(StringType)).add("countries", createArrayType(StringType))
            .add("evidence", StringType).add("evidence_begin", IntegerType).add("evidence_end", IntegerType);

    /**
     * One row per further place an article's story was read from (the store's article_urls): an exact
     * or near copy of it later in the input's order, not read itself.
     */
    static final StructType COPY = new StructType()
            .add("article_id", StringType, false).add("url", StringType).add("origin", StringType)
            .add("published", StringType).add("kind", StringType);

    /** One row per actor key: kind, folded name and side. */
    static final StructType ACTOR = new StructType()
            .add("actor_key", StringType, false).add("kind", StringType).add("name", StringType)
            .add("country", StringType).add("aliases", createArrayType(StringType))
            .add("titles", createArrayType(StringType));

    private Tables() {
    }
}
