package org.parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's input files, listed on the driver and packed into tasks by size. Spark's own
 * {@code binaryFiles} packs files into splits of up to 128 MB, so a folder of a thousand 4 KB articles
 * became one split and one task: every article went through the pipeline on one core however many the
 * executors had. Here each task gets a share of the bytes instead, and never fewer tasks than files
 * allow.
 */
final class InputFiles {

    /** Each file costs this much on top of its bytes: opening, copying and the reader's set-up. */
    static final long OPEN_COST_BYTES = 4 * 1024;

    /**
     * A file to read, with its length for packing and its place in the command line's order: admission
     * takes the first of two copies in that order.
     */
    record InputFile(int index, String path, long length) implements Serializable {
    }

    private InputFiles() {
    }

    /**
     * Every file under the inputs (globs allowed, folders searched recursively; names starting with
     * '.' or '_' skipped as Hadoop does), in the order 'parley ingest' reads them: input by input, each
     * input's files in path order.
     */
    static List<InputFile> list(List<String> inputs, Configuration conf) {
        List<InputFile> all = new ArrayList<>();
        for (String input : inputs) {
            List<InputFile> files = new ArrayList<>();
            try {
                Path pattern = new Path(input);
                FileStatus[] matches = pattern.getFileSystem(conf).globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("input " + input + ": no such file or folder");
                }
                for (FileStatus match : matches) {
                    addFiles(match, pattern.getFileSystem(conf), files);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("input " + input + ": cannot list it: " + e.getMessage(), e);
            }
            files.sort(Comparator.comparing(InputFile::path));
            files.forEach(f -> all.add(new InputFile(all.size(), f.path(), f.length())));
        }
        return all;
    }

    /**
     * Files under a folder by {@code listStatus}, not {@code listFiles}: the latter's located statuses
     * read each file's owner and permissions, which on a local file system without Hadoop's native
     * library forks a process per file (2,000 files took 20 s, measured).
     */
    private static void addFiles(FileStatus status, FileSystem fs, List<InputFile> out) throws IOException {
        if (!status.isDirectory()) {
            out.add(new InputFile(-1, status.getPath().toString(), status.getLen()));
            return;
        }
        for (FileStatus child : fs.listStatus(status.getPath())) {
            String name = child.getPath().getName();
            if (!name.startsWith(".") && !name.startsWith("_")) {
                addFiles(child, fs, out);
            }
        }
    }

    /**
     * The files dealt into {@code tasks} lists of about equal bytes (largest first, each to the lightest
     * list), so that one huge WARC does not share a task with a thousand small pages. As many lists as
     * asked, or as files if fewer; none empty.
     */
    static List<List<InputFile>> pack(List<InputFile> files, int tasks) {
        int n = Math.max(1, Math.min(tasks, files.size()));
        List<List<InputFile>> bins = new ArrayList<>();
        long[] load = new long[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(Comparator.comparingLong((Integer i) -> load[i])
                .thenComparing(i -> i));
        for (int i = 0; i < n; i++) {
            bins.add(new ArrayList<>());
            lightest.add(i);
        }
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(InputFile::length).reversed().thenComparing(InputFile::path));
        for (InputFile f : bySize) {
            int bin = lightest.poll();
            bins.get(bin).add(f);
            load[bin] += f.length() + OPEN_COST_BYTES;
            lightest.add(bin);
        }
        bins.forEach(b -> b.sort(Comparator.comparingInt(InputFile::index)));
        return bins;
    }

    /** The driver's Hadoop settings, to open the same file systems the same way on executors. */
    static Map<String, String> settings(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static Configuration configuration(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }
}
