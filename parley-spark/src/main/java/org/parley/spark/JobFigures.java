package org.parley.spark;

import java.util.List;
import java.util.Locale;

/**
 * Where a run's time went, stage by stage, printed at its end. Read and extract run in the same Spark
 * tasks (a file's articles stream into the pipeline), so their wall time is the one Spark stage's, split
 * by the time the tasks spent in each.
 *
 * @param stages          admit, read, extract, article shuffle, occasion merge, write
 * @param files           input files listed
 * @param mergeGroups     groups of candidate reports resolved (type, sides, month)
 * @param copyGroups      groups of copies only, not resolved (their reports are at home elsewhere)
 * @param largestGroup    reports in the largest group
 * @param reportsResolved reports resolved over all groups (each report is in two: its month and a copy)
 * @param joinedKeys      keys resolved with others in one group, as the resolver joins across them
 *                        (one-sided reports, three sides, dates that span months: {@link OccasionGroups})
 */
public record JobFigures(List<Stage> stages, long files, long mergeGroups, long copyGroups, long largestGroup,
                         long reportsResolved, long joinedKeys) {

    /**
     * One stage's figures.
     *
     * @param seconds      wall time
     * @param tasks        Spark tasks
     * @param taskSeconds  time its tasks ran, summed over tasks
     * @param cpuSeconds   CPU time its tasks got, summed: below task time when the machine is shared
     * @param longestTask  the longest task, seconds
     * @param records      what it produced, in words
     * @param shuffleBytes bytes it wrote to (or, for a reduce side, read from) the shuffle
     */
    public record Stage(String name, double seconds, int tasks, double taskSeconds, double cpuSeconds, double longestTask,
                        String records, long shuffleBytes) {

        /** Cores busy on average while the stage ran. */
        public double busyCores() {
            return seconds == 0 ? 0 : taskSeconds / seconds;
        }
    }

    public JobFigures {
        stages = List.copyOf(stages);
    }

    public Stage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
    }

    public double seconds() {
        return stages.stream().mapToDouble(Stage::seconds).sum();
    }

    /** The figures as a table, one line per stage, then the merge groups. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %8s %6s %9s %8s %8s %6s %10s  %s%n",
                "stage", "wall s", "tasks", "task s", "cpu s", "longest", "busy", "shuffle", "records"));
        for (Stage s : stages) {
            out.append(String.format(Locale.ROOT, "%-16s %8.1f %6d %9.1f %8.1f %8.1f %6.2f %10s  %s%n", s.name(),
                    s.seconds(), s.tasks(), s.taskSeconds(), s.cpuSeconds(), s.longestTask(), s.busyCores(),
                    bytes(s.shuffleBytes()), s.records()));
        }
        out.append(String.format(Locale.ROOT, "%-16s %8.1f%n", "total", seconds()));
        out.append(String.format(Locale.ROOT, "merge groups: %d resolved, largest %d reports, %d reports resolved"
                + " (homes and copies); %d groups of copies only, skipped; %d keys joined with others%n", mergeGroups,
                largestGroup, reportsResolved, copyGroups, joinedKeys));
        return out.toString();
    }

    private static String bytes(long n) {
        return n < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", n / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
}
