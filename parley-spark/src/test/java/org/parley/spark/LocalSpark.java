package org.parley.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in this JVM, as a test or a local measurement needs it. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(int cores) {
        return SparkSession.builder().master("local[" + cores + "]").appName("parley-local")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(cores))
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }
}
