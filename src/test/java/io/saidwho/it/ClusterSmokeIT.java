package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ClusterSmokeIT {
  @Test
  void rangeCountsOnWorker() throws Exception {
    Path base = Path.of("target", "it-smoke").toAbsolutePath();
    SparkHome home = SparkHome.prepare(base.resolve("spark-home"));
    System.out.println("jars: " + home.jarCount());
    try (StandaloneCluster cluster = StandaloneCluster.start(home, base.resolve("logs"))) {
      SparkSession spark = SparkSession.builder().master(cluster.masterUrl())
          .config("spark.driver.host", "127.0.0.1").config("spark.ui.enabled", "false")
          .config("spark.executor.memory", "1g").getOrCreate();
      try {
        assertThat(spark.range(1000).selectExpr("sum(id)").first().getLong(0)).isEqualTo(499500L);
      } finally {
        spark.stop();
      }
      System.out.println(cluster.masterState().toPrettyString());
    }
  }
}
