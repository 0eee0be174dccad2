package org.parley.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What the job reads and writes.
 *
 * @param inputs     files or folders (searched recursively) on any Hadoop file system: file:, hdfs:, s3a:
 * @param out        the folder that receives one Parquet folder per table
 * @param partitions how many tasks read the input and merge occasions; 0: three read tasks per core (never
 *                   more than files) and one merge task per core (Spark's default parallelism)
 * @param jdbc       a PostgreSQL database to load the articles into as well, or null
 */
record JobOptions(List<String> inputs, String out, int partitions, String jdbc) {

    static final String USAGE = "usage: ParleyJob --input PATH [--input PATH ...] --out DIR [--partitions N]"
            + " [--jdbc postgresql://host:port/db?user=U&password=P]";

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        String jdbc = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            switch (args[i++]) {
                case "--input" -> inputs.add(value);
                case "--out" -> out = value;
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--jdbc" -> jdbc = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1] + "; " + USAGE);
            }
        }
        if (inputs.isEmpty() || out == null) {
            throw new IllegalArgumentException(USAGE);
        }
        return new JobOptions(inputs, out, partitions, jdbc);
    }
}
