package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * What Spark itself measured for each of the job's stages: tasks, the stage's time from submission
 * to completion, the time its tasks ran (summed), and the shuffle bytes. The job tags its Spark jobs with
 * a local property naming its stage; a tag "a|b" names the first Spark stage of the job (no parent) "a"
 * and the later ones "b", for a map side and a reduce side run as one Spark job.
 */
final class StageClock extends SparkListener {

    static final String PROPERTY = "parley.stage";

    /** Spark's measurements of one of the job's stages, summed over its Spark stages. */
    static final class Measured {
        int sparkStages;
        int tasks;
        long wallMillis;
        long taskMillis;
        long cpuNanos;
        long shuffleWritten;
        long shuffleRead;
        final List<Long> taskTimes = new ArrayList<>();

        /** How many cores were busy on average while the stage ran: task time over wall time. */
        double busyCores() {
            return wallMillis == 0 ? 0 : (double) taskMillis / wallMillis;
        }
    }

    private final SparkContext context;
    private final Map<Integer, String> stageNames = new ConcurrentHashMap<>();
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();

    private StageClock(SparkContext context) {
        this.context = context;
    }

    static StageClock listen(SparkContext context) {
        StageClock clock = new StageClock(context);
        context.addSparkListener(clock);
        return clock;
    }

    /** Spark's figures so far, by stage name; call {@link #stop()} first for the last ones. */
    Map<String, Measured> measured() {
        return measured;
    }

    /** Waits for Spark's events to reach this listener, then stops listening. */
    void stop() {
        try {
            // events reach listeners asynchronously; this is the wait Spark's own tests use
            context.listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            // the figures may miss the last stage's events; the job's output is not affected
        }
        context.removeSparkListener(this);
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        String tag = submitted.properties() == null ? null : submitted.properties().getProperty(PROPERTY);
        if (tag != null) {
            StageInfo info = submitted.stageInfo();
            String[] names = tag.split("\\|");
            stageNames.put(info.stageId(), info.parentIds().isEmpty() || names.length == 1 ? names[0] : names[1]);
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        String name = stageNames.get(end.stageId());
        if (name != null) {
            Measured m = measured.computeIfAbsent(name, n -> new Measured());
            synchronized (m) {
                m.taskTimes.add(end.taskInfo().duration());
            }
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo info = completed.stageInfo();
        String name = stageNames.get(info.stageId());
        if (name == null) {
            return;
        }
        Measured m = measured.computeIfAbsent(name, n -> new Measured());
        TaskMetrics t = info.taskMetrics();
        synchronized (m) {
            m.sparkStages++;
            m.tasks += info.numTasks();
            if (info.submissionTime().isDefined() && info.completionTime().isDefined()) {
                m.wallMillis += (Long) info.completionTime().get() - (Long) info.submissionTime().get();
            }
            if (t != null) {
                m.taskMillis += t.executorRunTime();
                m.cpuNanos += t.executorCpuTime();
                m.shuffleWritten += t.shuffleWriteMetrics().bytesWritten();
                m.shuffleRead += t.shuffleReadMetrics().totalBytesRead();
            }
        }
    }
}
