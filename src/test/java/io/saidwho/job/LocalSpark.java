package io.saidwho.job;

import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Test helpers: the one local[2] session of a test class, configs, tables, job runs. */
final class LocalSpark {

  private LocalSpark() {}

  /**
   * A small local[2] session with the job's own session settings ({@link SessionSettings}); call
   * from {@code @BeforeAll}, stop in {@code @AfterAll}.
   */
  static SparkSession start(String name) {
    return SessionSettings.applyTo(new SparkConf(false), SparkSession.builder())
        .master("local[2]")
        .appName(name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }

  /** A config over {@code input} and {@code output}, plus {@code key, value} pairs. */
  static JobConfig config(Path input, Path output, String... keyValues) {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("input.path", input.toString());
    overrides.put("output.path", output.toString());
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      overrides.put(keyValues[i], keyValues[i + 1]);
    }
    try {
      return JobConfigLoader.parse("{}", overrides, "test");
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Every row of a written table (all batch dates). */
  static Dataset<Row> table(SparkSession spark, Path output, String table) {
    return spark.read().parquet(output.resolve(table).toString());
  }

  /** The outcome of {@link SaidWhoJob#execute}. */
  record Execution(int exitCode, String out, String err) {}

  static Execution execute(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = SaidWhoJob.execute(args, o, e);
    }
    return new Execution(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
