package io.saidwho.bench;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * The executors' CPU time of a run's tasks (deserialisation and run, as Spark's task metrics give
 * it), summed by the description of the Spark job the task's stage ran for ({@code saidwho: read
 * and process articles}, {@code saidwho: resolve quotations and speakers}, {@code saidwho: write
 * quotes}, …; the job sets them, the prefix is dropped here). A stage is charged to the
 * description it was submitted with. Unlike wall time it does not grow when other processes share
 * the cores, so it gives the cost of one step of the job on a busy machine. Register it before the
 * run ({@link #register}), read it after ({@link #seconds}).
 */
final class TaskCpuByJob extends SparkListener {

  static final String NO_DESCRIPTION = "(none)";
  private static final String PREFIX = "saidwho: ";
  private static final String DESCRIPTION = "spark.job.description";

  private final SparkContext spark;
  private final Map<Integer, String> descriptionByStage = new ConcurrentHashMap<>();
  private final Map<String, Long> nanosByDescription = new ConcurrentHashMap<>();

  private TaskCpuByJob(SparkContext spark) {
    this.spark = spark;
  }

  /** A new listener on {@code spark}'s event bus; it counts the tasks that end from now on. */
  static TaskCpuByJob register(SparkContext spark) {
    TaskCpuByJob listener = new TaskCpuByJob(spark);
    spark.addSparkListener(listener);
    return listener;
  }

  /** Task CPU seconds by job description, sorted by description, once the events are in. */
  Map<String, Double> seconds() {
    try {
      spark.listenerBus().waitUntilEmpty();
    } catch (TimeoutException e) {
      System.err.println("task cpu by job: some task events had not arrived: " + e.getMessage());
    }
    Map<String, Double> out = new TreeMap<>();
    nanosByDescription.forEach((description, nanos) -> out.put(description, nanos / 1e9));
    return out;
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    String description = describe(job.properties());
    scala.collection.Iterator<StageInfo> stages = job.stageInfos().iterator();
    while (stages.hasNext()) {
      descriptionByStage.putIfAbsent(stages.next().stageId(), description);
    }
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    descriptionByStage.put(submitted.stageInfo().stageId(), describe(submitted.properties()));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd task) {
    TaskMetrics metrics = task.taskMetrics();
    if (metrics == null) {
      return;
    }
    long nanos = metrics.executorCpuTime() + metrics.executorDeserializeCpuTime();
    String description = descriptionByStage.getOrDefault(task.stageId(), NO_DESCRIPTION);
    nanosByDescription.merge(description, nanos, Long::sum);
  }

  private static String describe(Properties properties) {
    String description = properties == null ? null : properties.getProperty(DESCRIPTION);
    if (description == null) {
      return NO_DESCRIPTION;
    }
    return description.startsWith(PREFIX) ? description.substring(PREFIX.length()) : description;
  }
}
