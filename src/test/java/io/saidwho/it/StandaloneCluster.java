package io.saidwho.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A Spark standalone cluster on 127.0.0.1 for one test class: one Master and one Worker (2 cores,
 * 2g), each a child JVM on the class path of a {@link SparkHome}, with logs under {@code
 * <dir>/logs}. {@link #start} returns once the worker has registered (the master's {@code /json/}
 * lists it ALIVE). {@link #close()} stops exactly the processes it started, by pid, executors
 * (children of the worker) included; it is safe to call more than once.
 */
public final class StandaloneCluster implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkHome home;
  private final Path logDir;
  private final int masterPort = FreePorts.next();
  private final int masterUiPort = FreePorts.next();
  private final int workerUiPort = FreePorts.next();
  private final List<ChildProcess> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  private StandaloneCluster(SparkHome home, Path logDir) {
    this.home = home;
    this.logDir = logDir;
  }

  /** Starts a Master and a Worker over {@code home} and waits until the worker is ALIVE. */
  public static StandaloneCluster start(SparkHome home, Path logDir) throws Exception {
    StandaloneCluster cluster = new StandaloneCluster(home, logDir);
    try {
      cluster.startDaemons();
      cluster.awaitMaster(json -> json.path("aliveworkers").asInt(0) >= 1, "a worker ALIVE");
      return cluster;
    } catch (Exception | AssertionError e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:<port>}. */
  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  public SparkHome home() {
    return home;
  }

  public Path logDir() {
    return logDir;
  }

  /** The master's state as served at {@code /json/}. */
  public JsonNode masterState() throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return JSON.readTree(body);
  }

  /** Polls the master's JSON until {@code condition} holds; fails after the start timeout. */
  public JsonNode awaitMaster(Predicate<JsonNode> condition, String what) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "(no answer)";
    while (System.nanoTime() < deadline) {
      assertDaemonsAlive();
      try {
        JsonNode state = masterState();
        if (condition.test(state)) {
          return state;
        }
        last = state.toString();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("master never showed " + what + " within " + START_TIMEOUT
        + "; last state: " + last + "; logs in " + logDir);
  }

  private void startDaemons() throws IOException {
    processes.add(
        daemon("org.apache.spark.deploy.master.Master")
            .withArgs("--host", "127.0.0.1", "--port", Integer.toString(masterPort),
                "--webui-port", Integer.toString(masterUiPort))
            .start("spark-master", home.root(), logDir.resolve("master.log")));
    processes.add(
        daemon("org.apache.spark.deploy.worker.Worker")
            .withArgs("--host", "127.0.0.1", "--cores", "2", "--memory", "2g",
                "--webui-port", Integer.toString(workerUiPort),
                "--work-dir", home.workDir().toString(), masterUrl())
            .start("spark-worker", home.root(), logDir.resolve("worker.log")));
  }

  /** A daemon JVM: C1 only and the serial collector, cheaper for a short test on 2 cores. */
  private JavaCommand daemon(String mainClass) {
    return JavaCommand.of(home.classPath(), mainClass, "512m").withEnv(home.environment())
        .withJvmOption("-XX:TieredStopAtLevel=1").withJvmOption("-XX:+UseSerialGC");
  }

  private void assertDaemonsAlive() {
    for (ChildProcess process : processes) {
      if (!process.isAlive()) {
        throw new AssertionError(process + " exited early:\n" + process.logTail(4000));
      }
    }
  }

  /** Stops the worker (and so its executors) first, then the master. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
    processes.clear();
  }
}
